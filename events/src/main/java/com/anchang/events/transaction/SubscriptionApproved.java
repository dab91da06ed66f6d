package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/** The PM reviewed and approved a deal's subscription agreement; the buyer may sign it (DEAL-4). Keyed by the deal id. */
public record SubscriptionApproved(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        BigDecimal price,
        BigDecimal downPaymentAmount,
        String financing,
        String approvedBy,
        Instant approvedAt) {

    public static final String TYPE = "transaction.subscription-approved";
    public static final int VERSION = 1;
}
