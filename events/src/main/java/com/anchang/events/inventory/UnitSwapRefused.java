package com.anchang.events.inventory;

import java.time.Instant;

/**
 * A unit swap approved in transaction-service (transaction.unit-swapped) could not be made: the new unit
 * ({@code unitId}) was taken by another deal, withheld or not on sale yet when sales control came to
 * reserve it. Nothing changed here: {@code previousUnitId} is still reserved for the deal. transaction-service
 * puts the deal back on it (the change order undone). {@code rule} names the refusal (e.g. UNIT-2). Keyed by
 * the previous unit's id.
 */
public record UnitSwapRefused(
        String previousUnitId,
        String developerId,
        String officeId,
        String previousUnitCode,
        String dealId,
        String unitId,
        String changeOrderId,
        String rule,
        String reason,
        Instant refusedAt) {

    public static final String TYPE = "inventory.unit-swap-refused";
    public static final int VERSION = 1;
}
