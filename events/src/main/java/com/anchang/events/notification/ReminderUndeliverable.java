package com.anchang.events.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reminder to a deal's buyer could not be delivered on any channel (NOTE-3, NOTE-5): every channel
 * the buyer can be reached by was tried and failed (a wrong template, a number that does not exist, a
 * receipt saying it never arrived, the buyer opted out of all). For the PM's escalation list
 * (DEAL-7: a buyer who cannot be reached is reported at once). The buyer's mobile is masked (LEAD-10);
 * the deal id leads to the rest. {@code channelsTried} and {@code reasons} run in the order tried,
 * one reason per channel (e.g. "SMS: isv.SMS_TEMPLATE_ILLEGAL ..."). Keyed by deal id.
 */
public record ReminderUndeliverable(
        String reminderId,
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String buyerMaskedMobile,
        String reminderKind,
        LocalDate dueDate,
        Instant remindAt,
        List<String> channelsTried,
        List<String> reasons,
        Instant decidedAt) {

    public static final String TYPE = "notification.reminder-undeliverable";
    public static final int VERSION = 1;
}
