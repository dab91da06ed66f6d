package com.anchang.events.transaction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The down payment of a deal falls due on dueDate, set with the formal deposit: the buyer is reminded
 * before it (NOTE-1). Keyed by the deal id.
 */
public record DownPaymentDueDateSet(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String buyerName,
        String buyerMobile,
        String buyerChannel,
        LocalDate dueDate,
        String setBy,
        Instant setAt) {

    public static final String TYPE = "transaction.down-payment-due-date-set";
    public static final int VERSION = 1;
}
