package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change order changed the deal's price after the subscription fixed it, approved by the PM (UNIT-4):
 * {@code price} is the deal amount now (commission counts it), {@code downPaymentAmount} and
 * {@code loanAmount} what the subscription states with it (reminders name the down payment). {@code undo}:
 * the PM undid an earlier change ({@code changeOrderId}) and the price is back. Keyed by the deal id.
 */
public record PriceChanged(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String consultantId,
        String leadId,
        String buyerName,
        BigDecimal listPrice,
        BigDecimal previousPrice,
        BigDecimal price,
        BigDecimal downPaymentAmount,
        BigDecimal loanAmount,
        String changeOrderId,
        String reason,
        String decidedBy,
        Instant changedAt,
        boolean undo) {

    public static final String TYPE = "transaction.price-changed";
    public static final int VERSION = 1;
}
