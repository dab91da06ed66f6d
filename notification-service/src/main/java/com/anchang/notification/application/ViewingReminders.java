package com.anchang.notification.application;

import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.problem.NotFoundException;

/** Reads of reminder schedules. */
public class ViewingReminders {

    private final ReminderScheduleRepository schedules;

    public ViewingReminders(ReminderScheduleRepository schedules) {
        this.schedules = schedules;
    }

    public ReminderSchedule ofDeal(String dealId) {
        return schedules.find(dealId).orElseThrow(() -> new NotFoundException("reminder schedule of deal", dealId));
    }
}
