package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The temporary deposit (临定) of a deal was received and confirmed by a second staff member (DEAL-1);
 * sales control is to hold the unit. Keyed by the deal id.
 */
public record TemporaryDepositReceived(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String consultantId,
        String leadId,
        String buyerName,
        String receiptNumber,
        BigDecimal amount,
        Instant receivedAt) {

    public static final String TYPE = "transaction.temporary-deposit-received";
    public static final int VERSION = 1;
}
