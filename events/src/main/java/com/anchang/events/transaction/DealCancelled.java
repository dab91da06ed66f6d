package com.anchang.events.transaction;

import java.time.Instant;

/**
 * A deal was cancelled (the buyer withdrew, the deposit was refunded...): its unit, held, reserved or
 * contracted for it, goes back on sale (UNIT-1 → AVAILABLE). Defined consumer-first by
 * inventory-service; transaction-service is to produce it. Keyed by the deal id.
 */
public record DealCancelled(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {

    public static final String TYPE = "transaction.deal-cancelled";
    public static final int VERSION = 1;
}
