package com.anchang.events.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder was handed to a provider but no delivery receipt came within the office's waiting time
 * (NOTE-5): nobody knows whether the buyer got it. For the PM's escalation list (DEAL-7). The buyer's
 * mobile is masked (LEAD-10). Keyed by deal id.
 */
public record ReminderUnanswered(
        String reminderId,
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String buyerMaskedMobile,
        String reminderKind,
        LocalDate dueDate,
        Instant remindAt,
        String channel,
        String provider,
        Instant sentAt,
        Instant decidedAt) {

    public static final String TYPE = "notification.reminder-unanswered";
    public static final int VERSION = 1;
}
