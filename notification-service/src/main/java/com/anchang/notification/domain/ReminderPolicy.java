package com.anchang.notification.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Office policy for reminders to buyers (RULES, office policy): how many days before the down
 * payment's due date to remind (NOTE-1, default 5 and 2), at what local time, in which zone (default
 * 10:00 Asia/Shanghai). Never constants: offices set them.
 */
public record ReminderPolicy(List<Integer> downPaymentDaysBefore, LocalTime sendTime, ZoneId zone) {

    public ReminderPolicy {
        Objects.requireNonNull(sendTime, "sendTime");
        Objects.requireNonNull(zone, "zone");
        if (downPaymentDaysBefore == null || downPaymentDaysBefore.isEmpty()) {
            throw new IllegalArgumentException("down-payment reminders need at least one day before the due date");
        }
        if (downPaymentDaysBefore.stream().anyMatch(d -> d == null || d < 1)) {
            throw new IllegalArgumentException("days before the due date must be 1 or more: " + downPaymentDaysBefore);
        }
        if (new HashSet<>(downPaymentDaysBefore).size() != downPaymentDaysBefore.size()) {
            throw new IllegalArgumentException("days before the due date repeat: " + downPaymentDaysBefore);
        }
        // earliest reminder first
        downPaymentDaysBefore = downPaymentDaysBefore.stream().sorted(Comparator.reverseOrder()).toList();
    }
}
