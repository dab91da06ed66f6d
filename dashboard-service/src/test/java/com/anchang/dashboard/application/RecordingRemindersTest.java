package com.anchang.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingRemindersTest {

    static final String OFFICE = "office-1";
    static final Instant DEC_16 = Instant.parse("2026-12-16T02:00:00Z");
    static final Instant DEC_26 = Instant.parse("2026-12-26T02:00:00Z");
    static final Period DECEMBER = new Period(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));

    final InMemoryOfficeFigures store = new InMemoryOfficeFigures();
    final InMemoryOfficeFigures byChannel = new InMemoryOfficeFigures();
    final InMemoryAdditions additions = new InMemoryAdditions();
    final RecordingReminders reminders = new RecordingReminders(new RecordingFigures(store, OfficeZones.DEFAULTS),
            new Breakdowns(byChannel, OfficeZones.DEFAULTS), additions);

    long plannedOn(String day) {
        return store.on(OFFICE, LocalDate.parse(day)).count(Count.REMINDERS_PLANNED);
    }

    Map<String, Figures> channels() {
        return new Breakdowns(byChannel, OfficeZones.DEFAULTS).of(List.of(OFFICE), Breakdowns.Dimension.CHANNEL, DECEMBER);
    }

    @Test
    @DisplayName("NOTE-4: a reminder moved once counts once, on its new day, and is taken off the day it had been planned for")
    void movedReminderCountsOnItsNewDayOnly() {
        reminders.planned("rem-1", "dev-1", OFFICE, DEC_16, "SMS");

        reminders.withdrawn("rem-1");
        reminders.planned("rem-2", "dev-1", OFFICE, DEC_26, "SMS");

        assertThat(plannedOn("2026-12-16")).isZero();
        assertThat(plannedOn("2026-12-26")).isEqualTo(1);
        assertThat(channels().get("SMS").count(Count.REMINDERS_PLANNED)).isEqualTo(1);
    }

    @Test
    @DisplayName("NOTE-4: a reminder cancelled with its deal is taken off its day and off the channel it was planned by")
    void cancelledReminderIsTakenOff() {
        reminders.planned("rem-1", "dev-1", OFFICE, DEC_16, "SMS");

        reminders.withdrawn("rem-1");

        assertThat(plannedOn("2026-12-16")).isZero();
        assertThat(channels().get("SMS").count(Count.REMINDERS_PLANNED)).isZero();
        assertThat(additions.size()).as("nothing left to take back").isZero();
    }

    @Test
    @DisplayName("each step told twice counts once: a planning, a withdrawal (after the reminder's memory is gone) and a send")
    void redeliveriesCountOnce() {
        reminders.planned("rem-1", "dev-1", OFFICE, DEC_16, "SMS");
        reminders.planned("rem-1", "dev-1", OFFICE, DEC_16, "SMS");
        reminders.planned("rem-2", "dev-1", OFFICE, DEC_26, "WECHAT");
        reminders.withdrawn("rem-1");
        reminders.withdrawn("rem-1");
        reminders.progressed("rem-2", false, "dev-1", OFFICE, DEC_26, "WECHAT");
        reminders.progressed("rem-2", false, "dev-1", OFFICE, DEC_26, "WECHAT");

        assertThat(plannedOn("2026-12-16")).isZero();
        assertThat(plannedOn("2026-12-26")).isEqualTo(1);
        assertThat(store.on(OFFICE, LocalDate.parse("2026-12-26")).count(Count.REMINDERS_SENT)).isEqualTo(1);
    }

    @Test
    @DisplayName("a reminder that went and is cancelled after (a channel failed) stays planned and sent; one never planned takes nothing off")
    void onlyWhatWasPlannedAndNotSentIsTakenOff() {
        reminders.planned("rem-1", "dev-1", OFFICE, DEC_16, "SMS");
        reminders.progressed("rem-1", false, "dev-1", OFFICE, DEC_16, "SMS");

        reminders.withdrawn("rem-1");
        reminders.withdrawn("rem-unknown");

        Figures day = store.on(OFFICE, LocalDate.parse("2026-12-16"));
        assertThat(day.count(Count.REMINDERS_PLANNED)).isEqualTo(1);
        assertThat(day.count(Count.REMINDERS_SENT)).isEqualTo(1);
    }

    @Test
    @DisplayName("NOTE-5: a reminder no channel delivered stays planned on its day, and nothing is kept to take back")
    void undeliverableStaysPlanned() {
        reminders.planned("rem-1", "dev-1", OFFICE, DEC_16, "SMS");

        reminders.settled("rem-1");
        reminders.withdrawn("rem-1");

        assertThat(plannedOn("2026-12-16")).isEqualTo(1);
        assertThat(additions.size()).isZero();
    }
}
