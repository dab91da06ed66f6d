package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A deal was cancelled by the PM (退定/退房, DEAL-8): its unit, held, reserved or contracted for it, goes
 * back on sale (UNIT-1 → AVAILABLE); commission reverses its credit (COMM-6); the buyer's reminders are
 * cancelled (NOTE-4). Defined consumer-first by inventory-service. Added in v1 without a new version: the
 * closing consultant and lead, the step it was cancelled at, the receipts voided, and per payment held
 * what is refunded and what forfeited (定金罚则); and {@code forfeit}: the deal ended by a forfeit (挞定, a
 * change order) — the buyer walked away and the deposits were kept — rather than a cancellation (v1
 * consumers that do not read it release the unit, reverse commission and cancel reminders alike). Keyed by
 * the deal id.
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
        List<Refund> refunds,
        boolean forfeit) {

    public static final String TYPE = "transaction.deal-cancelled";
    public static final int VERSION = 1;

    /** The v1 fields as first defined, for producers and tests that state only those. */
    public DealCancelled(String dealId, String developerId, String officeId, String unitId, String reason,
            String cancelledBy, Instant cancelledAt) {
        this(dealId, developerId, officeId, unitId, reason, cancelledBy, cancelledAt, null, null, null, List.of(), List.of(),
                false);
    }

    /** The v1 fields before {@code forfeit} was added: a cancellation. */
    public DealCancelled(String dealId, String developerId, String officeId, String unitId, String reason,
            String cancelledBy, Instant cancelledAt, String consultantId, String leadId, String cancelledAtStatus,
            List<String> voidedReceipts, List<Refund> refunds) {
        this(dealId, developerId, officeId, unitId, reason, cancelledBy, cancelledAt, consultantId, leadId,
                cancelledAtStatus, voidedReceipts, refunds, false);
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
