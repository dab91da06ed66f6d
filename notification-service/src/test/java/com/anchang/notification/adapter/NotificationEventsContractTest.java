package com.anchang.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.notification.ReminderProgressed;
import com.anchang.events.notification.ReminderUnanswered;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.notification.adapter.messaging.NotificationEvents;
import com.anchang.notification.domain.Attempt;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Delivery;
import com.anchang.notification.domain.MortgageAppointment;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderEvent;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.support.messaging.EventJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What notification-service produces serialises to its golden samples (the consumer-first contracts of NOTE-5). */
class NotificationEventsContractTest {

    static final Instant AT = Instant.parse("2026-12-16T02:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ReminderSchedule schedule(Reminder reminder) {
        return ReminderSchedule.restore("deal-7d0c9a1e", "dev-huaxin", "office-binjiang", "unit-3-1802",
                new Recipient("王先生", "13812345678"), LocalDate.parse("2026-12-21"), AT.minusSeconds(86_400 * 25),
                List.of(reminder), 3);
    }

    @Test
    @DisplayName("NOTE-5: an undeliverable reminder is published as notification.reminder-undeliverable v1, as its golden sample, the mobile masked")
    void undeliverable() {
        Reminder reminder = new Reminder("rem-4f6b2c1d9a8e4d0f", ReminderKind.DOWN_PAYMENT, 5, AT, Channel.SMS,
                ReminderStatus.UNDELIVERABLE, null, new Delivery(1, null, null, null, null, null, null, null, null, null,
                        Instant.parse("2026-12-16T02:00:03Z"), List.of(
                        new Attempt(Channel.SMS, AT, Attempt.Outcome.REFUSED, "isv.SMS_TEMPLATE_ILLEGAL 模板不合法(不存在或被拉黑)"),
                        new Attempt(Channel.WECHAT, AT, Attempt.Outcome.REFUSED, "43004 require subscribe"))));

        Record produced = NotificationEvents.toContract(new ReminderEvent.Undeliverable(schedule(reminder), reminder), SHANGHAI);

        assertThat(produced).isEqualTo(EventJson.read(GoldenSamples.json(ReminderUndeliverable.TYPE,
                ReminderUndeliverable.VERSION), ReminderUndeliverable.class));
    }

    @Test
    @DisplayName("NOTE-5: an unanswered reminder is published as notification.reminder-unanswered v1, as its golden sample")
    void unanswered() {
        Reminder reminder = new Reminder("rem-4f6b2c1d9a8e4d0f", ReminderKind.DOWN_PAYMENT, 5, AT, Channel.SMS,
                ReminderStatus.UNANSWERED, null, new Delivery(1, null, null, null, null, null, Channel.SMS, "ALIBABA",
                        "900619746936498440^0", Instant.parse("2026-12-16T02:00:01Z"), Instant.parse("2026-12-17T02:00:01Z"),
                        List.of()));

        Record produced = NotificationEvents.toContract(new ReminderEvent.Unanswered(schedule(reminder), reminder), SHANGHAI);

        assertThat(produced).isEqualTo(EventJson.read(GoldenSamples.json(ReminderUnanswered.TYPE,
                ReminderUnanswered.VERSION), ReminderUnanswered.class));
    }

    @Test
    @DisplayName("NOTE-3: a reminder delivered is published as notification.reminder-progressed v1, as its golden sample, with the channel that sent it")
    void delivered() {
        Reminder reminder = new Reminder("rem-4f6b2c1d9a8e4d0f", ReminderKind.DOWN_PAYMENT, 5, AT, Channel.WECHAT,
                ReminderStatus.DELIVERED, null, new Delivery(1, null, null, null, null, null, Channel.SMS, "ALIBABA",
                        "900619746936498440^0", Instant.parse("2026-12-16T02:00:01Z"), Instant.parse("2026-12-16T02:00:04Z"),
                        List.of()));

        Record produced = NotificationEvents.toContract(new ReminderEvent.Progressed(schedule(reminder), reminder,
                ReminderStatus.DELIVERED, reminder.delivery().settledAt()), SHANGHAI);

        assertThat(produced).isEqualTo(EventJson.read(GoldenSamples.json(ReminderProgressed.TYPE,
                ReminderProgressed.VERSION), ReminderProgressed.class));
    }

    @Test
    @DisplayName("NOTE-1: planning a deal's down-payment reminders tells each one planned, at the time it is to go, by the buyer's channel")
    void plannedRemindersAreTold() {
        ReminderSchedule.Replan replan = ReminderSchedule.forDeal("deal-7d0c9a1e", "dev-huaxin", "office-binjiang",
                "unit-3-1802", new Recipient("王先生", "13812345678"), AT)
                .downPaymentDue(LocalDate.parse("2026-12-31"), TestPolicies.DEFAULT, AT);

        List<ReminderProgressed> told = replan.change().events().stream()
                .map(e -> (ReminderProgressed) NotificationEvents.toContract(e, SHANGHAI)).toList();

        assertThat(told).hasSize(2).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("PLANNED");
            assertThat(e.channel()).isEqualTo("SMS");
        });
        assertThat(told).extracting(ReminderProgressed::at).containsExactlyElementsOf(
                replan.planned().stream().map(Reminder::dueAt).toList());
    }

    @Test
    @DisplayName("NOTE-4: a moved due date tells each reminder it withdrew CANCELLED, with the time it had been planned for, before the new ones PLANNED")
    void movedRemindersAreToldCancelled() {
        ReminderSchedule.Replan first = ReminderSchedule.forDeal("deal-7d0c9a1e", "dev-huaxin", "office-binjiang",
                "unit-3-1802", new Recipient("王先生", "13812345678"), AT)
                .downPaymentDue(LocalDate.parse("2026-12-31"), TestPolicies.DEFAULT, AT);
        Instant later = AT.plusSeconds(3_600);

        ReminderSchedule.Replan moved = first.schedule().downPaymentDue(LocalDate.parse("2027-01-10"),
                TestPolicies.DEFAULT, later);

        List<ReminderProgressed> told = moved.change().events().stream()
                .map(e -> (ReminderProgressed) NotificationEvents.toContract(e, SHANGHAI)).toList();
        assertThat(told).extracting(ReminderProgressed::status)
                .containsExactly("CANCELLED", "CANCELLED", "PLANNED", "PLANNED");
        assertThat(told.subList(0, 2)).extracting(ReminderProgressed::reminderId, ReminderProgressed::remindAt,
                ReminderProgressed::at).containsExactlyElementsOf(first.planned().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.id(), r.dueAt(), later)).toList());
        assertThat(told.subList(2, 4)).extracting(ReminderProgressed::reminderId)
                .containsExactlyElementsOf(moved.planned().stream().map(Reminder::id).toList());
    }

    @Test
    @DisplayName("NOTE-4: a cancelled deal tells every reminder not sent yet CANCELLED; one already sent is not told again")
    void cancelledDealTellsItsRemindersCancelled() {
        ReminderSchedule planned = ReminderSchedule.forDeal("deal-7d0c9a1e", "dev-huaxin", "office-binjiang",
                "unit-3-1802", new Recipient("王先生", "13812345678"), AT)
                .downPaymentDue(LocalDate.parse("2026-12-31"), TestPolicies.DEFAULT, AT).schedule();
        Reminder first = planned.reminders().getFirst();
        ReminderSchedule oneSent = planned.change(first.id(), r -> r.claim("i-1", r.dueAt(), java.time.Duration.ofMinutes(1),
                Channel.SMS).sent("i-1", Channel.SMS, "ALIBABA", "m-1", r.dueAt(), false, Attempt.Outcome.ACCEPTED))
                .schedule();

        List<ReminderProgressed> told = oneSent.dealCancelled(AT.plusSeconds(60)).change().events().stream()
                .map(e -> (ReminderProgressed) NotificationEvents.toContract(e, SHANGHAI)).toList();

        assertThat(told).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.reminderId()).isEqualTo(planned.reminders().get(1).id());
        });
    }

    @Test
    @DisplayName("NOTE-2, NOTE-5: an unanswered mortgage reminder tells the appointment's day at the office as its due date")
    void mortgageReminderTellsTheAppointmentsDay() {
        ReminderSchedule schedule = ReminderSchedule.forDeal("deal-7d0c9a1e", "dev-huaxin", "office-binjiang",
                "unit-3-1802", new Recipient("王先生", "13812345678"), AT).mortgageAppointment(new MortgageAppointment(
                        "中国建设银行滨江支行", "滨江区江南大道 88 号", Instant.parse("2027-01-07T17:30:00Z"), List.of()),
                TestPolicies.DEFAULT, AT).schedule();
        Reminder dayBefore = schedule.reminders().getLast();

        Record produced = NotificationEvents.toContract(new ReminderEvent.Undeliverable(schedule, dayBefore), SHANGHAI);

        // 17:30 UTC on the 7th is 01:30 on the 8th in Shanghai
        assertThat(((ReminderUndeliverable) produced).dueDate()).isEqualTo(LocalDate.parse("2027-01-08"));
        assertThat(((ReminderUndeliverable) produced).reminderKind()).isEqualTo("MORTGAGE");
    }
}
