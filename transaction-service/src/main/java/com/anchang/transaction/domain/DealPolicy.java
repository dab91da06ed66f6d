package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Office policy for deals, settings with defaults (application.yml), per office where it differs.
 *
 * @param zone the office's time zone: what "today" is at the office, and which year a receipt belongs to
 * @param temporaryDepositRequired whether the formal deposit needs a temporary deposit first (its receipt
 *     to reclaim, DEAL-3); an office that does not require one may still take one
 * @param minimumDownPaymentRatio the least share of the price the buyer has paid once the down payment is
 *     in (deposits included), for a buyer with a loan, e.g. 0.30
 * @param receiptPrefix the office's receipt numbers start with it (BJ in BJ-2026-000123)
 * @param depositOnCancellation what a cancellation does with the deposits (定金罚则); the down payment is
 *     always refunded
 */
public record DealPolicy(ZoneId zone, boolean temporaryDepositRequired, BigDecimal minimumDownPaymentRatio,
        String receiptPrefix, DepositOnCancellation depositOnCancellation) {

    public enum DepositOnCancellation {
        /** The deposits are refunded in full. */
        REFUND,
        /** The deposits are kept by the developer; only later money is refunded. */
        FORFEIT
    }

    public DealPolicy {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(minimumDownPaymentRatio, "minimumDownPaymentRatio");
        Objects.requireNonNull(receiptPrefix, "receiptPrefix");
        Objects.requireNonNull(depositOnCancellation, "depositOnCancellation");
        if (minimumDownPaymentRatio.signum() < 0 || minimumDownPaymentRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the minimum down-payment ratio is between 0 and 1: "
                    + minimumDownPaymentRatio);
        }
        new ReceiptSeries(receiptPrefix, 2000); // a prefix a receipt number can carry
    }
}
