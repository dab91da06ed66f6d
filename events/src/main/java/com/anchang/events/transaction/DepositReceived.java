package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The formal deposit of a deal was received (DEAL-1); the down payment falls due on
 * downPaymentDueDate (the buyer is reminded before it, NOTE-1). Amounts are CNY, fen-exact.
 */
public record DepositReceived(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String consultantId,
        String leadId,
        String buyerName,
        String buyerMobile,
        BigDecimal amount,
        Instant receivedAt,
        LocalDate downPaymentDueDate) {

    public static final String TYPE = "transaction.deposit-received";
    public static final int VERSION = 1;
}
