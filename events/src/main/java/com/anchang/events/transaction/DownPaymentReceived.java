package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The down payment (首期) of a deal was received (DEAL-1) on the developer's receipt, which reclaims the
 * formal-deposit receipt (DEAL-3): amount is this payment, totalPaid everything the buyer has paid. The
 * buyer's down-payment reminders end. Keyed by the deal id.
 */
public record DownPaymentReceived(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String consultantId,
        String leadId,
        String receiptNumber,
        BigDecimal amount,
        BigDecimal totalPaid,
        Instant receivedAt) {

    public static final String TYPE = "transaction.down-payment-received";
    public static final int VERSION = 1;
}
