package com.anchang.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One reminder to send: what about, how many days before the due date, when (an instant, computed
 * in the office's zone), by which channel, and whether it is planned or was skipped (with why).
 */
public record Reminder(ReminderKind kind, int daysBefore, Instant dueAt, Channel channel, ReminderStatus status,
        String skipReason) {

    public Reminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        if (status == ReminderStatus.SKIPPED && (skipReason == null || skipReason.isBlank())) {
            throw new IllegalArgumentException("a skipped reminder says why");
        }
    }
}
