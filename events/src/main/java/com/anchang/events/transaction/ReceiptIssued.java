package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A receipt was issued (DEAL-2): its number (gapless per office and year), what it pays for
 * (TEMPORARY_DEPOSIT, FORMAL_DEPOSIT, DOWN_PAYMENT), the amount it states (= credited from the receipt it
 * replaces + received now), how it was paid (method; the cheque's number, valid once it clears; foreign
 * notes' currency, amount and rate), who received it and who confirmed it (DEAL-1). Keyed by the deal id.
 */
public record ReceiptIssued(
        String receiptNumber,
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String purpose,
        BigDecimal amount,
        BigDecimal received,
        BigDecimal credited,
        String replaces,
        String method,
        String chequeNumber,
        String currency,
        BigDecimal foreignAmount,
        BigDecimal exchangeRate,
        boolean validOnceChequeClears,
        String receivedBy,
        String confirmedBy,
        Instant issuedAt) {

    public static final String TYPE = "transaction.receipt-issued";
    public static final int VERSION = 1;
}
