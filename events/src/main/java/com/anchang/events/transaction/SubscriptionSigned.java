package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The buyer (or a notarised agent, signer AGENT) signed the approved subscription (DEAL-4): the price,
 * the deposit paid, the down payment and its due date, how the rest is financed (CASH, COMMERCIAL_LOAN,
 * HOUSING_FUND_LOAN, COMBINED_LOAN) and the loan amount. Keyed by the deal id.
 */
public record SubscriptionSigned(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String consultantId,
        String leadId,
        String buyerName,
        String buyerMobile,
        String buyerChannel,
        BigDecimal price,
        BigDecimal deposit,
        BigDecimal downPaymentAmount,
        LocalDate downPaymentDueDate,
        String financing,
        BigDecimal loanAmount,
        String signer,
        Instant signedAt) {

    public static final String TYPE = "transaction.subscription-signed";
    public static final int VERSION = 1;
}
