package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/** A receipt was voided (its cheque bounced, or the deal was cancelled), with who, when and why (DEAL-2). Keyed by the deal id. */
public record ReceiptVoided(
        String receiptNumber,
        String dealId,
        String developerId,
        String officeId,
        String purpose,
        BigDecimal amount,
        String voidedBy,
        Instant voidedAt,
        String reason) {

    public static final String TYPE = "transaction.receipt-voided";
    public static final int VERSION = 1;
}
