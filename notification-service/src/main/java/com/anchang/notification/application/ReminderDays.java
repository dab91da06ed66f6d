package com.anchang.notification.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: which deals have reminders on an office's day (in the office's zone), so that the office's
 * reminders of a day are read by key, not by scanning every schedule. A deal is noted before its
 * schedule is written; a deal noted whose reminder moved away shows that reminder as cancelled.
 */
public interface ReminderDays {

    void note(String developerId, String officeId, LocalDate day, String dealId);

    Optional<Day> find(String officeId, LocalDate day);

    record Day(String developerId, List<String> dealIds) {
    }
}
