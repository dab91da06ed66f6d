package com.anchang.notification.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentDueDateSet;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.DownPaymentRescheduled;
import com.anchang.events.transaction.InstalmentPlanSet;
import com.anchang.events.transaction.MortgageAppointmentRescheduled;
import com.anchang.events.transaction.MortgageAppointmentSet;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.notification.application.InMemoryDelivery;
import com.anchang.notification.application.PlanningReminders;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.notification.domain.ReminderText;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.support.messaging.EventEnvelope;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.messaging.PoisonEventException;
import com.anchang.support.test.MovingClock;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The deal events notification-service consumes, read from transaction-service's golden samples and
 * applied through the handlers as the listener applies them: the consumer side of the contracts.
 */
class DealEventsConsumerContractTest {

    final InMemoryDelivery.Schedules schedules = new InMemoryDelivery.Schedules();
    final MovingClock clock = new MovingClock(Instant.parse("2026-11-21T03:30:00Z"));
    final PlanningReminders planning = new PlanningReminders(schedules, new InMemoryDelivery.Queue(),
            new InMemoryDelivery.Days(), office -> TestPolicies.DEFAULT, clock);
    final DealEventHandlers handlers = new DealEventHandlers();

    static <T> T golden(String type, int version, Class<T> payload) {
        return EventJson.read(GoldenSamples.json(type, version), payload);
    }

    static <T> void apply(EventHandler<T> handler, T event, String eventId) {
        assertThat(handler.topic()).isEqualTo(Topics.TRANSACTION);
        handler.handle(event, new EventEnvelope(eventId, handler.type(), handler.version(), Instant.EPOCH,
                "office-binjiang", null, Topics.TRANSACTION, "deal-7d0c9a1e"));
    }

    ReminderSchedule schedule() {
        return schedules.find("deal-7d0c9a1e").orElseThrow();
    }

    List<Reminder> planned(ReminderKind kind) {
        return schedule().reminders().stream().filter(r -> r.kind() == kind && r.status() == ReminderStatus.PLANNED)
                .toList();
    }

    @Test
    @DisplayName("NOTE-1, NOTE-2, NOTE-4: the golden deal events, in the deal's order, plan, move and cancel its reminders")
    void theDealsEventsInOrder() {
        apply(handlers.planDownPaymentReminders(planning),
                golden(DepositReceived.TYPE, DepositReceived.VERSION, DepositReceived.class), "evt-1");
        apply(handlers.downPaymentDueDateSet(planning),
                golden(DownPaymentDueDateSet.TYPE, DownPaymentDueDateSet.VERSION, DownPaymentDueDateSet.class), "evt-2");
        assertThat(planned(ReminderKind.DOWN_PAYMENT)).extracting(Reminder::dueAt).containsExactly(
                Instant.parse("2026-12-16T02:00:00Z"), Instant.parse("2026-12-19T02:00:00Z"));
        assertThat(schedule().recipient().maskedMobile()).isEqualTo("138****5678");

        apply(handlers.subscriptionSigned(planning),
                golden(SubscriptionSigned.TYPE, SubscriptionSigned.VERSION, SubscriptionSigned.class), "evt-3");
        assertThat(schedule().deal().downPaymentAmount()).isEqualByComparingTo("910000.00");
        assertThat(schedule().deal().unitCode()).isEqualTo("3-1802");

        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        apply(handlers.downPaymentRescheduled(planning),
                golden(DownPaymentRescheduled.TYPE, DownPaymentRescheduled.VERSION, DownPaymentRescheduled.class), "evt-4");
        assertThat(schedule().downPaymentDueDate()).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(planned(ReminderKind.DOWN_PAYMENT)).extracting(Reminder::dueAt).containsExactly(
                Instant.parse("2026-12-23T02:00:00Z"), Instant.parse("2026-12-26T02:00:00Z"));

        clock.set(Instant.parse("2026-12-22T02:00:00Z"));
        apply(handlers.mortgageAppointmentSet(planning),
                golden(MortgageAppointmentSet.TYPE, MortgageAppointmentSet.VERSION, MortgageAppointmentSet.class), "evt-5");
        assertThat(planned(ReminderKind.MORTGAGE)).extracting(Reminder::dueAt).containsExactly(
                Instant.parse("2027-01-01T02:00:00Z"), Instant.parse("2027-01-05T02:00:00Z"),
                Instant.parse("2027-01-07T02:00:00Z"));
        assertThat(schedule().deal().mortgage().documents()).containsExactly("身份证", "户口本", "收入证明");

        clock.set(Instant.parse("2027-01-05T02:00:00Z"));
        apply(handlers.mortgageAppointmentRescheduled(planning), golden(MortgageAppointmentRescheduled.TYPE,
                MortgageAppointmentRescheduled.VERSION, MortgageAppointmentRescheduled.class), "evt-6");
        // 2027-01-12 09:30, moved at 10:00 on 01-05: T-7 is that very moment, missed and recorded; T-3 and T-1 ahead
        assertThat(planned(ReminderKind.MORTGAGE)).extracting(Reminder::dueAt).containsExactly(
                Instant.parse("2027-01-09T02:00:00Z"), Instant.parse("2027-01-11T02:00:00Z"));
        assertThat(schedule().reminders()).filteredOn(r -> r.status() == ReminderStatus.SKIPPED).singleElement()
                .satisfies(r -> assertThat(r.daysBefore()).isEqualTo(7));

        apply(handlers.downPaymentReceived(planning),
                golden(DownPaymentReceived.TYPE, DownPaymentReceived.VERSION, DownPaymentReceived.class), "evt-7");
        assertThat(planned(ReminderKind.DOWN_PAYMENT)).isEmpty();
        assertThat(planned(ReminderKind.MORTGAGE)).isNotEmpty();

        apply(handlers.dealCancelled(planning),
                golden(DealCancelled.TYPE, DealCancelled.VERSION, DealCancelled.class), "evt-8");
        assertThat(schedule().reminders()).extracting(Reminder::status)
                .doesNotContain(ReminderStatus.PLANNED, ReminderStatus.CLAIMED);
        assertThat(schedule().deal().cancelledAt()).isEqualTo(clock.instant());
    }

    @Test
    @DisplayName("NOTE-1, NOTE-4 分期付款: the golden instalment plan reminds T-5 and T-2 before each instalment still owed, "
            + "at 10:00 in the office's zone; a payment or a moved date re-plans; the cancelled deal cancels them")
    void instalmentsAreRemindedWhileOwed() {
        clock.set(Instant.parse("2027-02-03T06:15:00Z"));
        InstalmentPlanSet plan = golden(InstalmentPlanSet.TYPE, InstalmentPlanSet.VERSION, InstalmentPlanSet.class);

        apply(handlers.instalmentPlanSet(planning), plan, "evt-1");

        // the first instalment is paid: nothing about it; the second (200,000.00 still owed) and the third are ahead
        assertThat(planned(ReminderKind.INSTALMENT)).extracting(Reminder::about, Reminder::daysBefore, Reminder::dueAt)
                .containsExactly(
                        tuple(LocalDate.parse("2027-03-20"), 5, Instant.parse("2027-03-15T02:00:00Z")),
                        tuple(LocalDate.parse("2027-03-20"), 2, Instant.parse("2027-03-18T02:00:00Z")),
                        tuple(LocalDate.parse("2027-05-20"), 5, Instant.parse("2027-05-15T02:00:00Z")),
                        tuple(LocalDate.parse("2027-05-20"), 2, Instant.parse("2027-05-18T02:00:00Z")));
        Reminder second = planned(ReminderKind.INSTALMENT).getFirst();
        assertThat(ReminderText.text(schedule(), second, TestPolicies.DEFAULT))
                .startsWith("王先生您好:您认购的3-1802第2期房款¥200,000.00(人民币贰拾万元整)将于2027-03-20到期(还有5天)");

        // the second paid in full, the third moved a month (the plan told whole again)
        List<InstalmentPlanSet.Instalment> moved = List.of(plan.instalments().get(0),
                new InstalmentPlanSet.Instalment(2, LocalDate.parse("2027-03-20"), new BigDecimal("700000.00"),
                        new BigDecimal("0.00")),
                new InstalmentPlanSet.Instalment(3, LocalDate.parse("2027-06-20"), new BigDecimal("840000.00"),
                        new BigDecimal("840000.00")));
        InstalmentPlanSet changed = new InstalmentPlanSet(plan.dealId(), plan.developerId(), plan.officeId(),
                plan.unitId(), plan.unitCode(), plan.buyerName(), plan.buyerMobile(), plan.buyerChannel(), moved,
                "INSTALMENT_PAID", Instant.parse("2027-03-01T02:00:00Z"));
        apply(handlers.instalmentPlanSet(planning), changed, "evt-2");

        assertThat(planned(ReminderKind.INSTALMENT)).extracting(Reminder::about, Reminder::dueAt).containsExactly(
                tuple(LocalDate.parse("2027-06-20"), Instant.parse("2027-06-15T02:00:00Z")),
                tuple(LocalDate.parse("2027-06-20"), Instant.parse("2027-06-18T02:00:00Z")));
        assertThat(schedule().reminders()).filteredOn(r -> r.status() == ReminderStatus.CANCELLED)
                .extracting(Reminder::about).containsExactlyInAnyOrder(LocalDate.parse("2027-03-20"),
                        LocalDate.parse("2027-03-20"), LocalDate.parse("2027-05-20"), LocalDate.parse("2027-05-20"));

        // told again, redelivered or under another id: nothing changes
        ReminderSchedule before = schedule();
        apply(handlers.instalmentPlanSet(planning), changed, "evt-2");
        apply(handlers.instalmentPlanSet(planning), changed, "evt-3");
        assertThat(schedule().reminders()).isEqualTo(before.reminders());

        apply(handlers.dealCancelled(planning),
                golden(DealCancelled.TYPE, DealCancelled.VERSION, DealCancelled.class), "evt-4");
        assertThat(planned(ReminderKind.INSTALMENT)).isEmpty();
        apply(handlers.instalmentPlanSet(planning), plan, "evt-5");
        assertThat(planned(ReminderKind.INSTALMENT)).isEmpty();
    }

    @Test
    @DisplayName("NOTE-4: a redelivered golden event (same event id) changes nothing")
    void redeliveryByEventId() {
        DownPaymentDueDateSet set = golden(DownPaymentDueDateSet.TYPE, DownPaymentDueDateSet.VERSION,
                DownPaymentDueDateSet.class);
        apply(handlers.downPaymentDueDateSet(planning), set, "evt-1");
        ReminderSchedule first = schedule();

        apply(handlers.downPaymentDueDateSet(planning), set, "evt-1");

        assertThat(schedule()).isSameAs(first);
        assertThat(schedules.hasApplied("deal-7d0c9a1e", "evt-1")).isTrue();
    }

    @Test
    @DisplayName("an event without what its reminders need is dead-lettered at once, naming what is missing")
    void incompleteEventsArePoison() {
        DownPaymentRescheduled moved = golden(DownPaymentRescheduled.TYPE, DownPaymentRescheduled.VERSION,
                DownPaymentRescheduled.class);
        DownPaymentRescheduled noDate = new DownPaymentRescheduled(moved.dealId(), moved.developerId(), moved.officeId(),
                moved.unitId(), moved.unitCode(), moved.buyerName(), null, moved.buyerChannel(), moved.previousDueDate(),
                null, moved.reason(), moved.rescheduledBy(), moved.rescheduledAt());

        assertThatThrownBy(() -> apply(handlers.downPaymentRescheduled(planning), noDate, "evt-1"))
                .isInstanceOf(PoisonEventException.class).hasMessage("DownPaymentRescheduled without buyerMobile, dueDate");
        assertThat(schedules.find("deal-7d0c9a1e")).isEmpty();
    }
}
