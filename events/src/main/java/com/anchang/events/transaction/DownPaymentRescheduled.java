package com.anchang.events.transaction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The down payment's due date moved from previousDueDate to dueDate: the reminders move with it
 * (NOTE-4). Keyed by the deal id.
 */
public record DownPaymentRescheduled(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String buyerName,
        String buyerMobile,
        String buyerChannel,
        LocalDate previousDueDate,
        LocalDate dueDate,
        String reason,
        String rescheduledBy,
        Instant rescheduledAt) {

    public static final String TYPE = "transaction.down-payment-rescheduled";
    public static final int VERSION = 1;
}
