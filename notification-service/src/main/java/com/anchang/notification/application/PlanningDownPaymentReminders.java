package com.anchang.notification.application;

import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.notification.domain.ReminderStatus;
import java.time.Clock;
import java.time.LocalDate;

/**
 * NOTE-1: a deal's formal deposit was received, so its buyer is reminded of the down payment before
 * it falls due. Driven by transaction-service's events, so it is idempotent: the schedule's id is the
 * deal id and carries the id of the event that planned it; a redelivery finds it and changes nothing.
 * Each planned reminder is entered in the due queue before the schedule is written (NOTE-4: none is
 * lost); entries of a schedule that then is not written are found to have nothing to send.
 */
public class PlanningDownPaymentReminders {

    public record PlanDownPaymentReminders(String dealId, String developerId, String officeId, String unitId,
            String buyerName, String buyerMobile, LocalDate downPaymentDueDate, String eventId) {
    }

    public enum Outcome {
        PLANNED,
        /** This event was applied before (a redelivery). */
        ALREADY_APPLIED,
        /** The deal already has a schedule from another event; moving a due date (NOTE-4) comes later. */
        ALREADY_SCHEDULED
    }

    private final ReminderScheduleRepository schedules;
    private final DueReminders queue;
    private final ReminderPolicies policies;
    private final Clock clock;

    public PlanningDownPaymentReminders(ReminderScheduleRepository schedules, DueReminders queue,
            ReminderPolicies policies, Clock clock) {
        this.schedules = schedules;
        this.queue = queue;
        this.policies = policies;
        this.clock = clock;
    }

    public Outcome plan(PlanDownPaymentReminders command) {
        if (schedules.hasApplied(command.dealId(), command.eventId())) {
            return Outcome.ALREADY_APPLIED;
        }
        if (schedules.find(command.dealId()).isPresent()) {
            return Outcome.ALREADY_SCHEDULED;
        }
        ReminderSchedule schedule = ReminderSchedule.forDownPayment(command.dealId(), command.developerId(),
                command.officeId(), command.unitId(), new Recipient(command.buyerName(), command.buyerMobile()),
                command.downPaymentDueDate(), policies.forOffice(command.officeId()), clock.instant());
        for (Reminder reminder : schedule.reminders()) {
            if (reminder.status() == ReminderStatus.PLANNED) {
                queue.enter(schedule.dealId(), reminder.id(), reminder.dueAt());
            }
        }
        return schedules.insert(schedule, command.eventId()) ? Outcome.PLANNED : Outcome.ALREADY_SCHEDULED;
    }
}
