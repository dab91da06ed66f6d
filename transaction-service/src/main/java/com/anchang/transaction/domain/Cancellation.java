package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A deal cancelled by the PM (退定/退房, DEAL-8): why, by whom, when, at which step; the receipts voided
 * and, per receipt of money held, what is refunded and what is forfeited (定金罚则, office policy).
 *
 * @param forfeit true when the deal ended by a forfeit (挞定, a change order): the buyer walked away and
 *     the deposits were kept whatever the office's refund policy on cancellation says
 */
public record Cancellation(String reason, String cancelledBy, Instant cancelledAt, DealStatus cancelledAtStatus,
        List<Refund> refunds, List<String> voidedReceipts, boolean forfeit) {

    public Cancellation(String reason, String cancelledBy, Instant cancelledAt, DealStatus cancelledAtStatus,
            List<Refund> refunds, List<String> voidedReceipts) {
        this(reason, cancelledBy, cancelledAt, cancelledAtStatus, refunds, voidedReceipts, false);
    }

    public Cancellation {
        Objects.requireNonNull(reason, "reason");
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
        voidedReceipts = voidedReceipts == null ? List.of() : List.copyOf(voidedReceipts);
    }

    /**
     * What becomes of one payment the office holds: {@code refunded} + {@code forfeited} = {@code paid}.
     *
     * @param method how the refund is paid back: a cheque that had not cleared is handed back (CHEQUE);
     *     null when nothing is refunded
     * @param note the refund in words, e.g. "deposit forfeited (office policy)"
     */
    public record Refund(String paymentId, String receiptNumber, PaymentPurpose purpose, BigDecimal paid,
            BigDecimal refunded, BigDecimal forfeited, PaymentMethod method, String note, String decidedBy,
            Instant decidedAt) {
    }

    public BigDecimal refunded() {
        return refunds.stream().map(Refund::refunded).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal forfeited() {
        return refunds.stream().map(Refund::forfeited).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
