package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/** A receipt was reclaimed by the next step's receipt (DEAL-3), recorded with who, when and by what. Keyed by the deal id. */
public record ReceiptReclaimed(
        String receiptNumber,
        String dealId,
        String developerId,
        String officeId,
        String purpose,
        BigDecimal amount,
        String reclaimedBy,
        Instant reclaimedAt,
        String reason) {

    public static final String TYPE = "transaction.receipt-reclaimed";
    public static final int VERSION = 1;
}
