package com.anchang.notification.application;

import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;

/**
 * Reads of reminder schedules, scoped by the verified caller: every role of the deal's office reads
 * them (the office chases the down payment together), and head office reads every office of its
 * developer; anyone else is told the schedule does not exist.
 */
public class ViewingReminders {

    private final ReminderScheduleRepository schedules;

    public ViewingReminders(ReminderScheduleRepository schedules) {
        this.schedules = schedules;
    }

    /** 404 for an unknown deal, and for a deal of another developer or of an office the caller has no role in. */
    public ReminderSchedule ofDeal(Caller caller, String dealId) {
        ReminderSchedule schedule = schedules.find(dealId)
                .orElseThrow(() -> new NotFoundException("reminder schedule of deal", dealId));
        caller.mustSee(schedule.developerId(), schedule.officeId(), "reminder schedule of deal", dealId);
        return schedule;
    }
}
