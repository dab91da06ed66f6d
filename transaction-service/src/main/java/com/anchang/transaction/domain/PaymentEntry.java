package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money as finance or the PM enters it, before the second person confirms it (DEAL-1).
 *
 * @param payer someone paying for the buyer (DEAL-6), or null when the buyer pays
 * @param downPaymentDueDate with the formal deposit only: when the down payment falls due
 */
public record PaymentEntry(PaymentPurpose purpose, BigDecimal amount, PaymentMethod method, PaymentDetails details,
        Payer payer, LocalDate downPaymentDueDate) {
}
