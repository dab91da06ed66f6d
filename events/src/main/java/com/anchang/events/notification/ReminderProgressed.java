package com.anchang.events.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder to a buyer reached a step of its delivery by one channel: {@code status} PLANNED (to be sent at
 * {@code remindAt}), SENT (a provider accepted it), DELIVERED (the provider's receipt says it arrived) or CANCELLED
 * (withdrawn before it was settled: its due date moved, the down payment came, the deal was cancelled; NOTE-4;
 * {@code remindAt} is still the time it was planned for, {@code at} when it was withdrawn; a moved reminder is planned
 * again under a new id). CANCELLED was added to v1 (additive: a consumer skips a status it does not know). The
 * failures have events of their own (reminder-undeliverable, reminder-unanswered). Keyed by deal id, so a reminder's
 * steps arrive in order.
 */
public record ReminderProgressed(
        String reminderId,
        String dealId,
        String developerId,
        String officeId,
        String reminderKind,
        LocalDate dueDate,
        Instant remindAt,
        String channel,
        String status,
        Instant at) {

    public static final String TYPE = "notification.reminder-progressed";
    public static final int VERSION = 1;
}
