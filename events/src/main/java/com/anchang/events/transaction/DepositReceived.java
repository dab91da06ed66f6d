package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The formal deposit of a deal was received (DEAL-1: entered by finance or the PM, confirmed by a second
 * staff member); the down payment falls due on downPaymentDueDate (the buyer is reminded before it,
 * NOTE-1). Amounts are CNY, fen-exact: amount is the formal deposit as its receipt states it (the
 * temporary deposit it takes over included). Added in v1 without a new version (consumers ignore unknown
 * fields): unitCode, receiptNumber, dealPrice (the list price less an approved discount, or null when
 * sales control had not said it), buyerChannel (SMS or WECHAT, NOTE-3).
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
        LocalDate downPaymentDueDate,
        String unitCode,
        String receiptNumber,
        BigDecimal dealPrice,
        String buyerChannel) {

    public static final String TYPE = "transaction.deposit-received";
    public static final int VERSION = 1;

    /** The v1 fields as first published, for producers and tests that state only those. */
    public DepositReceived(String dealId, String developerId, String officeId, String unitId, String consultantId,
            String leadId, String buyerName, String buyerMobile, BigDecimal amount, Instant receivedAt,
            LocalDate downPaymentDueDate) {
        this(dealId, developerId, officeId, unitId, consultantId, leadId, buyerName, buyerMobile, amount, receivedAt,
                downPaymentDueDate, null, null, null, null);
    }
}
