package com.anchang.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.application.PlanningReminders.DealRef;
import com.anchang.notification.application.PlanningReminders.DownPaymentDue;
import com.anchang.notification.application.PlanningReminders.MortgageAppointmentSet;
import com.anchang.notification.application.PlanningReminders.Outcome;
import com.anchang.notification.domain.Attempt;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.MortgageAppointment;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.support.test.MovingClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanningRemindersTest {

    final InMemoryDelivery.Schedules schedules = new InMemoryDelivery.Schedules();
    final InMemoryDelivery.Queue queue = new InMemoryDelivery.Queue();
    final InMemoryDelivery.Days days = new InMemoryDelivery.Days();
    /** When the golden sample's deposit was received. */
    final MovingClock clock = new MovingClock(Instant.parse("2026-11-21T03:30:00Z"));
    final PlanningReminders planning = new PlanningReminders(schedules, queue, days, office -> TestPolicies.DEFAULT, clock);

    static final DealRef DEAL = new DealRef("deal-1", "dev-1", "office-1", "unit-3-1802", "3-1802",
            new Recipient("王先生", "13812345678"));
    static final MortgageAppointment AT_THE_BANK = new MortgageAppointment("中国建设银行滨江支行", "滨江区江南大道 88 号",
            Instant.parse("2027-01-08T01:30:00Z"), List.of("身份证", "户口本", "收入证明"));

    Outcome due(String eventId, String date) {
        return planning.downPaymentDue(new DownPaymentDue(DEAL, LocalDate.parse(date), null, eventId));
    }

    Outcome mortgage(String eventId, MortgageAppointment appointment) {
        return planning.mortgageAppointment(new MortgageAppointmentSet(DEAL, appointment, eventId));
    }

    ReminderSchedule schedule() {
        return schedules.find("deal-1").orElseThrow();
    }

    List<Reminder> of(ReminderKind kind, ReminderStatus status) {
        return schedule().reminders().stream().filter(r -> r.kind() == kind && r.status() == status).toList();
    }

    /** What the due queue would hand the dispatch and the dispatch would find still planned. */
    List<Instant> stillToSend() {
        ReminderSchedule s = schedule();
        return queue.entries.stream().map(e -> s.reminder(e.reminderId()).orElseThrow())
                .filter(r -> r.status() == ReminderStatus.PLANNED).map(Reminder::dueAt).sorted().toList();
    }

    @Test
    @DisplayName("NOTE-1: the due date set with the deposit plans T-5 and T-2 at 10:00 Shanghai, each entered into the due queue")
    void downPaymentPlanned() {
        assertThat(due("evt-1", "2026-12-21")).isEqualTo(Outcome.PLANNED);

        assertThat(of(ReminderKind.DOWN_PAYMENT, ReminderStatus.PLANNED)).extracting(Reminder::dueAt)
                .containsExactly(Instant.parse("2026-12-16T02:00:00Z"), Instant.parse("2026-12-19T02:00:00Z"));
        assertThat(queue.entries).extracting(DueReminders.Entry::reminderId)
                .containsExactlyElementsOf(schedule().reminders().stream().map(Reminder::id).toList());
        assertThat(schedule().deal().unitCode()).isEqualTo("3-1802");
    }

    @Test
    @DisplayName("NOTE-4: a redelivered event changes nothing; the same due date told again by another event changes nothing")
    void redeliveryAndRepeatsChangeNothing() {
        due("evt-1", "2026-12-21");
        ReminderSchedule first = schedule();

        assertThat(due("evt-1", "2026-12-21")).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(due("evt-2", "2026-12-21")).isEqualTo(Outcome.UNCHANGED);
        assertThat(schedule()).isSameAs(first);
        assertThat(queue.entries).hasSize(2);
    }

    @Test
    @DisplayName("NOTE-4: a due date moved twice cancels the reminders of each old date and plans the new date's; only the last date's go out")
    void dueDateMovedTwice() {
        due("evt-1", "2026-12-21");
        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        assertThat(due("evt-2", "2026-12-28")).isEqualTo(Outcome.PLANNED);
        clock.set(Instant.parse("2026-12-12T02:00:00Z"));
        assertThat(due("evt-3", "2027-01-04")).isEqualTo(Outcome.PLANNED);

        assertThat(schedule().downPaymentDueDate()).isEqualTo(LocalDate.parse("2027-01-04"));
        assertThat(of(ReminderKind.DOWN_PAYMENT, ReminderStatus.CANCELLED)).hasSize(4);
        assertThat(stillToSend()).containsExactly(Instant.parse("2026-12-30T02:00:00Z"),
                Instant.parse("2027-01-02T02:00:00Z"));
        assertThat(due("evt-2", "2026-12-28")).isEqualTo(Outcome.ALREADY_APPLIED);
    }

    @Test
    @DisplayName("NOTE-4: a reminder already sent stays sent when the date moves; the new date's reminders are planned beside it")
    void aSentReminderStaysWhenTheDateMoves() {
        due("evt-1", "2026-12-21");
        Reminder first = schedule().reminders().getFirst();
        schedules.save(schedule().change(first.id(), r -> r.claim("a", r.dueAt(), Duration.ofMinutes(2),
                Channel.SMS)));
        schedules.save(schedule().change(first.id(), r -> r.sent("a", Channel.SMS,
                "ALIBABA", "m-1", r.dueAt(), false, Attempt.Outcome.ACCEPTED)));
        clock.set(Instant.parse("2026-12-17T02:00:00Z"));

        due("evt-2", "2026-12-28");

        assertThat(schedule().reminder(first.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SENT);
        assertThat(of(ReminderKind.DOWN_PAYMENT, ReminderStatus.CANCELLED)).hasSize(1);
        assertThat(stillToSend()).containsExactly(Instant.parse("2026-12-23T02:00:00Z"),
                Instant.parse("2026-12-26T02:00:00Z"));
    }

    @Test
    @DisplayName("NOTE-4: a plan made late sends what is still ahead and records what was missed, saying when")
    void latePlanRecordsWhatWasMissed() {
        clock.set(Instant.parse("2026-12-18T07:00:00Z"));

        due("evt-1", "2026-12-21");

        assertThat(of(ReminderKind.DOWN_PAYMENT, ReminderStatus.SKIPPED)).singleElement()
                .satisfies(r -> assertThat(r.skipReason()).isEqualTo(
                        "its time 2026-12-16 10:00 Asia/Shanghai had passed when it was planned at 2026-12-18 15:00"));
        assertThat(stillToSend()).containsExactly(Instant.parse("2026-12-19T02:00:00Z"));
    }

    @Test
    @DisplayName("NOTE-2: the mortgage appointment plans T-7, T-3 and T-1 beside the down payment's; moved twice, only the last one's are left")
    void mortgageAppointmentPlannedAndMovedTwice() {
        due("evt-1", "2026-12-21");
        clock.set(Instant.parse("2026-12-22T02:00:00Z"));
        assertThat(mortgage("evt-2", AT_THE_BANK)).isEqualTo(Outcome.PLANNED);
        assertThat(of(ReminderKind.MORTGAGE, ReminderStatus.PLANNED)).extracting(Reminder::dueAt).containsExactly(
                Instant.parse("2027-01-01T02:00:00Z"), Instant.parse("2027-01-05T02:00:00Z"),
                Instant.parse("2027-01-07T02:00:00Z"));
        assertThat(mortgage("evt-3", AT_THE_BANK)).isEqualTo(Outcome.UNCHANGED);

        clock.set(Instant.parse("2027-01-05T03:00:00Z"));
        mortgage("evt-4", new MortgageAppointment(AT_THE_BANK.bank(), AT_THE_BANK.place(),
                Instant.parse("2027-01-12T01:30:00Z"), AT_THE_BANK.documents()));
        clock.set(Instant.parse("2027-01-06T03:00:00Z"));
        mortgage("evt-5", new MortgageAppointment(AT_THE_BANK.bank(), "滨江区江南大道 99 号",
                Instant.parse("2027-01-15T06:00:00Z"), AT_THE_BANK.documents()));

        assertThat(schedule().deal().mortgage().place()).isEqualTo("滨江区江南大道 99 号");
        // the first appointment's T-7 and T-3 had passed unsent in this test: cancelled with the rest
        assertThat(of(ReminderKind.MORTGAGE, ReminderStatus.PLANNED)).extracting(Reminder::dueAt).containsExactly(
                Instant.parse("2027-01-08T02:00:00Z"), Instant.parse("2027-01-12T02:00:00Z"),
                Instant.parse("2027-01-14T02:00:00Z"));
        assertThat(of(ReminderKind.DOWN_PAYMENT, ReminderStatus.PLANNED)).hasSize(2);
    }

    @Test
    @DisplayName("NOTE-4: a cancelled deal cancels every reminder not sent yet, and a later event plans nothing for it")
    void cancelledDealCancelsItsReminders() {
        due("evt-1", "2026-12-21");
        mortgage("evt-2", AT_THE_BANK);

        assertThat(planning.dealCancelled("deal-1", "evt-3")).isEqualTo(Outcome.PLANNED);
        assertThat(planning.dealCancelled("deal-1", "evt-3")).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(due("evt-4", "2026-12-28")).isEqualTo(Outcome.UNCHANGED);

        assertThat(schedule().reminders()).extracting(Reminder::status).containsOnly(ReminderStatus.CANCELLED);
        assertThat(stillToSend()).isEmpty();
        assertThat(planning.dealCancelled("deal-unknown", "evt-5")).isEqualTo(Outcome.NO_SCHEDULE);
    }

    @Test
    @DisplayName("NOTE-4: the down payment received cancels the down-payment reminders left; the mortgage's stay")
    void downPaymentReceivedEndsItsReminders() {
        due("evt-1", "2026-12-21");
        mortgage("evt-2", AT_THE_BANK);

        planning.downPaymentReceived("deal-1", "evt-3");

        assertThat(of(ReminderKind.DOWN_PAYMENT, ReminderStatus.CANCELLED)).hasSize(2);
        assertThat(of(ReminderKind.MORTGAGE, ReminderStatus.PLANNED)).hasSize(3);
    }

    @Test
    @DisplayName("NOTE-1: the signed subscription tells the down payment's amount; the reminders are not planned again")
    void subscriptionTellsTheAmount() {
        due("evt-1", "2026-12-21");
        List<String> before = schedule().reminders().stream().map(Reminder::id).toList();

        assertThat(planning.downPaymentDue(new DownPaymentDue(DEAL, LocalDate.parse("2026-12-21"),
                new BigDecimal("910000.00"), "evt-2"))).isEqualTo(Outcome.PLANNED);

        assertThat(schedule().deal().downPaymentAmount()).isEqualByComparingTo("910000.00");
        assertThat(schedule().reminders()).extracting(Reminder::id).containsExactlyElementsOf(before);
    }

    @Test
    @DisplayName("NOTE-4: a plan that loses the race with a dispatch write is applied again to the schedule as it now is")
    void aLostRaceIsAppliedAgain() {
        due("evt-1", "2026-12-21");
        InMemoryDelivery.Schedules racing = new InMemoryDelivery.Schedules() {
            boolean raced;

            @Override
            public synchronized ReminderSchedule save(ReminderSchedule.Change change, String appliedEventId) {
                if (!raced) {
                    raced = true;
                    super.save(new ReminderSchedule.Change(byDeal.get(change.schedule().dealId()), List.of()));
                }
                return super.save(change, appliedEventId);
            }
        };
        racing.insert(schedule(), "evt-1");
        PlanningReminders planningRacing = new PlanningReminders(racing, queue, days, office -> TestPolicies.DEFAULT, clock);

        assertThat(planningRacing.dealCancelled("deal-1", "evt-2")).isEqualTo(Outcome.PLANNED);
        assertThat(racing.find("deal-1").orElseThrow().reminders()).extracting(Reminder::status)
                .containsOnly(ReminderStatus.CANCELLED);
        assertThat(racing.hasApplied("deal-1", "evt-2")).isTrue();
    }
}
