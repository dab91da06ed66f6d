package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A deal was cancelled by the PM (退定/退房, DEAL-8): its unit, held, reserved or contracted for it, goes
 * back on sale (UNIT-1 → AVAILABLE); commission reverses its credit (COMM-6); the buyer's reminders are
 * cancelled (NOTE-4). Defined consumer-first by inventory-service. Added in v1 without a new version: the
 * closing consultant and lead, the step it was cancelled at, the receipts voided, and per payment held
 * what is refunded and what forfeited (定金罚则). Keyed by the deal id.
 */
public record DealCancelled(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String reason,
        String cancelledBy,
        Instant cancelledAt,
        String consultantId,
        String leadId,
        String cancelledAtStatus,
        List<String> voidedReceipts,
        List<Refund> refunds) {

    public static final String TYPE = "transaction.deal-cancelled";
    public static final int VERSION = 1;

    /** The v1 fields as first defined, for producers and tests that state only those. */
    public DealCancelled(String dealId, String developerId, String officeId, String unitId, String reason,
            String cancelledBy, Instant cancelledAt) {
        this(dealId, developerId, officeId, unitId, reason, cancelledBy, cancelledAt, null, null, null, List.of(), List.of());
    }

    /** One payment the office held: refunded + forfeited = paid; method null when nothing is refunded. */
    public record Refund(
            String receiptNumber,
            String purpose,
            BigDecimal paid,
            BigDecimal refunded,
            BigDecimal forfeited,
            String method) {
    }
}
