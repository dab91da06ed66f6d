package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A buyer's cheque bounced: its receipt is voided and the payment is due again (DEAL-2); the deal goes
 * on the PM's escalation list (DEAL-7). Keyed by the deal id.
 */
public record ChequeBounced(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String consultantId,
        String paymentId,
        String purpose,
        BigDecimal amount,
        String chequeNumber,
        String voidedReceiptNumber,
        String recordedBy,
        Instant bouncedAt,
        String note) {

    public static final String TYPE = "transaction.cheque-bounced";
    public static final int VERSION = 1;
}
