package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.Duration;
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
 * @param holdLapseWarning how long before sales control's hold lapses a deal without its formal deposit goes on
 *     the PM's escalation list (DEAL-7)
 * @param lateFeePerDay the late fee the contract sets on an overdue amount, per day, as a share of it (e.g.
 *     0.0005 = 0.05% a day), for the overdue notice (催款通知单)
 */
public record DealPolicy(ZoneId zone, boolean temporaryDepositRequired, BigDecimal minimumDownPaymentRatio,
        String receiptPrefix, DepositOnCancellation depositOnCancellation, Duration holdLapseWarning,
        BigDecimal lateFeePerDay) {

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
        Objects.requireNonNull(holdLapseWarning, "holdLapseWarning");
        Objects.requireNonNull(lateFeePerDay, "lateFeePerDay");
        if (holdLapseWarning.isNegative()) {
            throw new IllegalArgumentException("the hold-lapse warning is not negative: " + holdLapseWarning);
        }
        if (lateFeePerDay.signum() < 0 || lateFeePerDay.compareTo(new BigDecimal("0.01")) > 0) {
            throw new IllegalArgumentException("the late fee per day is between 0 and 0.01 (1% a day): " + lateFeePerDay);
        }
        if (minimumDownPaymentRatio.signum() < 0 || minimumDownPaymentRatio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the minimum down-payment ratio is between 0 and 1: "
                    + minimumDownPaymentRatio);
        }
        new ReceiptSeries(receiptPrefix, 2000); // a prefix a receipt number can carry
    }
}
