package com.anchang.dashboard.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.application.Breakdowns;
import com.anchang.dashboard.application.InMemoryAdditions;
import com.anchang.dashboard.application.InMemoryOfficeFigures;
import com.anchang.dashboard.application.RecordingFigures;
import com.anchang.dashboard.application.RecordingReminders;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.Period;
import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.notification.ReminderProgressed;
import com.anchang.support.messaging.EventEnvelope;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.EventJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * notification.reminder-progressed v1 as notification-service tells a reminder's life (planned, moved, cancelled),
 * through the dashboards' handler: what the planned count of each office day and channel becomes.
 */
class ReminderProgressConsumerTest {

    static final ReminderProgressed SAMPLE = EventJson.read(GoldenSamples.json(ReminderProgressed.TYPE,
            ReminderProgressed.VERSION), ReminderProgressed.class);
    static final String OFFICE = SAMPLE.officeId();

    final InMemoryOfficeFigures store = new InMemoryOfficeFigures();
    final InMemoryOfficeFigures byChannel = new InMemoryOfficeFigures();
    final EventHandler<ReminderProgressed> handler = new FigureEventHandlers().countReminderProgress(
            new RecordingReminders(new RecordingFigures(store, OfficeZones.DEFAULTS),
                    new Breakdowns(byChannel, OfficeZones.DEFAULTS), new InMemoryAdditions()));
    int events;

    /** The golden sample as another reminder, step, channel and time would tell it. */
    static ReminderProgressed told(String reminderId, String status, String remindAt, String channel, String at) {
        return new ReminderProgressed(reminderId, SAMPLE.dealId(), SAMPLE.developerId(), OFFICE, SAMPLE.reminderKind(),
                SAMPLE.dueDate(), Instant.parse(remindAt), channel, status, Instant.parse(at));
    }

    void consume(ReminderProgressed event) {
        consume(event, "evt-" + ++events);
    }

    void consume(ReminderProgressed event, String eventId) {
        handler.handle(event, new EventEnvelope(eventId, ReminderProgressed.TYPE, ReminderProgressed.VERSION,
                event.at(), OFFICE, null, Topics.NOTIFICATION, event.dealId()));
    }

    long plannedOn(String day) {
        return store.on(OFFICE, LocalDate.parse(day)).count(Count.REMINDERS_PLANNED);
    }

    long plannedBy(String channel) {
        Map<String, Figures> channels = new Breakdowns(byChannel, OfficeZones.DEFAULTS).of(List.of(OFFICE),
                Breakdowns.Dimension.CHANNEL, new Period(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-31")));
        return channels.getOrDefault(channel, Figures.ZERO).count(Count.REMINDERS_PLANNED);
    }

    @Test
    @DisplayName("NOTE-4: a down payment moved once: its reminder counts once, on the new day, and is gone from the old one")
    void rescheduledOnce() {
        consume(told("rem-1", "PLANNED", "2026-12-16T02:00:00Z", "SMS", "2026-12-16T02:00:00Z"));

        consume(told("rem-1", "CANCELLED", "2026-12-16T02:00:00Z", "SMS", "2026-12-10T08:00:00Z"));
        consume(told("rem-2", "PLANNED", "2026-12-26T02:00:00Z", "SMS", "2026-12-26T02:00:00Z"));

        assertThat(plannedOn("2026-12-16")).isZero();
        assertThat(plannedOn("2026-12-10")).as("nothing on the day it was withdrawn").isZero();
        assertThat(plannedOn("2026-12-26")).isEqualTo(1);
        assertThat(plannedBy("SMS")).isEqualTo(1);
    }

    @Test
    @DisplayName("NOTE-4: a deal cancelled: its reminder is taken off its day and off the channel it was planned by, though the buyer chose WeChat since")
    void cancelled() {
        consume(told("rem-1", "PLANNED", "2026-12-16T02:00:00Z", "SMS", "2026-12-16T02:00:00Z"));

        consume(told("rem-1", "CANCELLED", "2026-12-16T02:00:00Z", "WECHAT", "2026-12-12T08:00:00Z"));

        assertThat(plannedOn("2026-12-16")).isZero();
        assertThat(plannedBy("SMS")).isZero();
        assertThat(plannedBy("WECHAT")).isZero();
    }

    @Test
    @DisplayName("every record delivered twice (a consumer restarted before committing): the same counts as once")
    void redelivered() {
        List<ReminderProgressed> life = List.of(
                told("rem-1", "PLANNED", "2026-12-16T02:00:00Z", "SMS", "2026-12-16T02:00:00Z"),
                told("rem-1", "CANCELLED", "2026-12-16T02:00:00Z", "SMS", "2026-12-10T08:00:00Z"),
                told("rem-2", "PLANNED", "2026-12-26T02:00:00Z", "SMS", "2026-12-26T02:00:00Z"),
                told("rem-2", "SENT", "2026-12-26T02:00:00Z", "SMS", "2026-12-26T02:00:01Z"));
        for (int i = 0; i < life.size(); i++) {
            consume(life.get(i), "evt-" + i);
        }

        for (int i = 0; i < life.size(); i++) {
            consume(life.get(i), "evt-" + i);
        }
        consume(life.get(1), "evt-again"); // the same step under another event id

        assertThat(plannedOn("2026-12-16")).isZero();
        assertThat(plannedOn("2026-12-26")).isEqualTo(1);
        assertThat(store.on(OFFICE, LocalDate.parse("2026-12-26")).count(Count.REMINDERS_SENT)).isEqualTo(1);
        assertThat(plannedBy("SMS")).isEqualTo(1);
    }

    @Test
    @DisplayName("the golden sample (delivered) counts one delivered reminder on its day, by its channel")
    void goldenSample() {
        consume(SAMPLE);

        assertThat(store.on(OFFICE, LocalDate.parse("2026-12-16")).count(Count.REMINDERS_DELIVERED)).isEqualTo(1);
    }
}
