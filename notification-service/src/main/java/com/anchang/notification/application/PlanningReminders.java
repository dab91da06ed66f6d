package com.anchang.notification.application;

import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.Instalment;
import com.anchang.notification.domain.MortgageAppointment;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * NOTE-1, NOTE-2, NOTE-4: transaction-service's deal events plan, move and cancel a deal's reminders.
 * Idempotent by event id: the schedule (one per deal, id = the deal id) records the ids of the events
 * applied to it in the same write as their effect, so a redelivery finds its id and changes nothing; a
 * repeated fact under another event id (the deposit and the due date set together) changes nothing either.
 * Every newly planned reminder is entered into the due queue (and its deal noted on the office's day) before
 * the schedule is written (none is lost); entries of a write that then did not happen are found to have nothing to send. A write that
 * loses a race with the dispatch (compare-and-set on the version) is retried on the schedule as it now is.
 */
public class PlanningReminders {

    private static final int WRITE_ATTEMPTS = 8;

    /** Who the deal's buyer is and how to reach them, as the deal's events carry it. */
    public record DealRef(String dealId, String developerId, String officeId, String unitId, String unitCode,
            Recipient buyer) {
    }

    /**
     * NOTE-1: the down payment falls due on {@code dueDate} (set with the deposit, moved, or stated again
     * with the signed subscription, which also tells its {@code amount}; null when not told).
     */
    public record DownPaymentDue(DealRef deal, LocalDate dueDate, BigDecimal amount, String eventId) {
    }

    /** NOTE-2: the mortgage appointment is (now) {@code appointment}. */
    public record MortgageAppointmentSet(DealRef deal, MortgageAppointment appointment, String eventId) {
    }

    /** NOTE-1, NOTE-4 for 分期付款: the cash buyer's instalment plan as it now stands, whole. */
    public record InstalmentPlanSet(DealRef deal, List<Instalment> instalments, String eventId) {
    }

    public enum Outcome {
        /** A schedule was made or changed. */
        PLANNED,
        /** This event was applied before (a redelivery). */
        ALREADY_APPLIED,
        /** The event repeats what the schedule already holds, or the deal was cancelled: nothing to change. */
        UNCHANGED,
        /** The deal has no reminders to change. */
        NO_SCHEDULE
    }

    private final ReminderScheduleRepository schedules;
    private final DueReminders queue;
    private final ReminderDays days;
    private final ReminderPolicies policies;
    private final Clock clock;

    public PlanningReminders(ReminderScheduleRepository schedules, DueReminders queue, ReminderDays days,
            ReminderPolicies policies, Clock clock) {
        this.schedules = schedules;
        this.queue = queue;
        this.days = days;
        this.policies = policies;
        this.clock = clock;
    }

    public Outcome downPaymentDue(DownPaymentDue command) {
        return apply(command.deal(), command.eventId(), true, (schedule, now) -> {
            ReminderSchedule described = schedule.describedAs(command.deal().unitCode(), command.amount());
            ReminderSchedule.Replan replan = described.downPaymentDue(command.dueDate(),
                    policies.forOffice(command.deal().officeId()), now);
            boolean told = !described.deal().equals(schedule.deal());
            return replan.changed() || !told ? replan : new ReminderSchedule.Replan(described, List.of(), true);
        });
    }

    public Outcome mortgageAppointment(MortgageAppointmentSet command) {
        return apply(command.deal(), command.eventId(), true, (schedule, now) -> schedule
                .describedAs(command.deal().unitCode(), null)
                .mortgageAppointment(command.appointment(), policies.forOffice(command.deal().officeId()), now));
    }

    /**
     * 分期付款: each instalment still owed is reminded before its due date; an instalment paid or moved has the
     * reminders of its old state cancelled (NOTE-1, NOTE-4).
     */
    public Outcome instalmentPlan(InstalmentPlanSet command) {
        return apply(command.deal(), command.eventId(), true, (schedule, now) -> schedule
                .describedAs(command.deal().unitCode(), null)
                .instalmentPlan(command.instalments(), policies.forOffice(command.deal().officeId()), now));
    }

    /** NOTE-4: the down payment was received; the down-payment reminders not sent yet are cancelled. */
    public Outcome downPaymentReceived(String dealId, String eventId) {
        return apply(new DealRef(dealId, null, null, null, null, null), eventId, false,
                (schedule, now) -> schedule.downPaymentReceived(now));
    }

    /** NOTE-4: the deal was cancelled; every reminder not sent yet is cancelled and none is planned after. */
    public Outcome dealCancelled(String dealId, String eventId) {
        return apply(new DealRef(dealId, null, null, null, null, null), eventId, false,
                (schedule, now) -> schedule.dealCancelled(now));
    }

    private Outcome apply(DealRef deal, String eventId, boolean mayCreate,
            BiFunction<ReminderSchedule, Instant, ReminderSchedule.Replan> change) {
        for (int attempt = 1; ; attempt++) {
            if (schedules.hasApplied(deal.dealId(), eventId)) {
                return Outcome.ALREADY_APPLIED;
            }
            Instant now = clock.instant();
            Optional<ReminderSchedule> found = schedules.find(deal.dealId());
            if (found.isEmpty() && !mayCreate) {
                return Outcome.NO_SCHEDULE;
            }
            ReminderSchedule before = found.orElseGet(() -> ReminderSchedule.forDeal(deal.dealId(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.buyer(), now));
            ReminderSchedule.Replan replan = change.apply(before, now);
            if (!replan.changed()) {
                return Outcome.UNCHANGED;
            }
            ReminderSchedule after = replan.schedule();
            ZoneId zone = policies.forOffice(after.officeId()).zone();
            for (Reminder reminder : replan.planned()) {
                queue.enter(deal.dealId(), reminder.id(), reminder.dueAt());
            }
            // the office's day of every new reminder, the missed ones (SKIPPED) too: the day's view shows them
            for (Reminder reminder : after.reminders()) {
                if (before.reminder(reminder.id()).isEmpty()) {
                    days.note(after.developerId(), after.officeId(), reminder.dueAt().atZone(zone).toLocalDate(),
                            deal.dealId());
                }
            }
            try {
                if (found.isEmpty()) {
                    if (schedules.insert(replan.change(), eventId)) {
                        return Outcome.PLANNED;
                    }
                } else {
                    schedules.save(replan.change(), eventId);
                    return Outcome.PLANNED;
                }
            } catch (ConcurrentChangeException raced) {
                if (attempt >= WRITE_ATTEMPTS) {
                    throw raced;
                }
            }
            // another write came first (the dispatch, or a concurrent event): apply to the schedule as it now is
        }
    }
}
