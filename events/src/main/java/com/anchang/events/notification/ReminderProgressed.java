package com.anchang.events.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder to a buyer reached a step of its delivery by one channel: {@code status} PLANNED (to be sent at
 * {@code remindAt}), SENT (a provider accepted it) or DELIVERED (the provider's receipt says it arrived). The
 * failures have events of their own (reminder-undeliverable, reminder-unanswered). Keyed by deal id.
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
