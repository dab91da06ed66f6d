package com.anchang.notification.application;

import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderPolicy;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.notification.domain.ReminderText;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads of reminder schedules, scoped by the verified caller: every role of the deal's office reads
 * them (the office chases the down payment together), and head office reads every office of its
 * developer; anyone else is told the schedule does not exist. Each reminder comes with its text as the
 * buyer reads (or would have read) it, in the office's words.
 */
public class ViewingReminders {

    private final ReminderScheduleRepository schedules;
    private final ReminderDays days;
    private final ReminderPolicies policies;
    private final OfficeDirectory offices;

    public ViewingReminders(ReminderScheduleRepository schedules, ReminderDays days, ReminderPolicies policies,
            OfficeDirectory offices) {
        this.schedules = schedules;
        this.days = days;
        this.policies = policies;
        this.offices = offices;
    }

    /** One reminder of a deal with its text. */
    public record Shown(ReminderSchedule schedule, Reminder reminder, String text) {
    }

    /** 404 for an unknown deal, and for a deal of another developer or of an office the caller has no role in. */
    public ReminderSchedule ofDeal(Caller caller, String dealId) {
        ReminderSchedule schedule = schedules.find(dealId)
                .orElseThrow(() -> new NotFoundException("reminder schedule of deal", dealId));
        caller.mustSee(schedule.developerId(), schedule.officeId(), "reminder schedule of deal", dealId);
        return schedule;
    }

    /** The text of each reminder of the schedule, in its order. */
    public List<String> texts(ReminderSchedule schedule) {
        ReminderPolicy policy = policies.forOffice(schedule.officeId());
        return schedule.reminders().stream().map(r -> ReminderText.text(schedule, r, policy)).toList();
    }

    /**
     * The office's reminders of a day (in its zone), in time order, whatever became of them (planned, sent,
     * delivered, failed, cancelled). For every role of the office and head office of its developer; 404 for
     * anyone else, as for an office that does not exist, whether the office has reminders that day or none (ADR 32).
     */
    public List<Shown> ofOfficeDay(Caller caller, String officeId, LocalDate day) {
        offices.mustSeeOffice(caller, officeId);
        Optional<ReminderDays.Day> found = days.find(officeId, day);
        ReminderPolicy policy = policies.forOffice(officeId);
        return found.map(ReminderDays.Day::dealIds).orElse(List.of()).stream()
                .flatMap(dealId -> schedules.find(dealId).stream())
                .filter(s -> s.officeId().equals(officeId) && s.developerId().equals(caller.developerId()))
                .flatMap(s -> s.reminders().stream()
                        .filter(r -> r.dueAt().atZone(policy.zone()).toLocalDate().equals(day))
                        .map(r -> new Shown(s, r, ReminderText.text(s, r, policy))))
                .sorted(Comparator.comparing((Shown shown) -> shown.reminder().dueAt())
                        .thenComparing(shown -> shown.schedule().dealId()))
                .toList();
    }
}
