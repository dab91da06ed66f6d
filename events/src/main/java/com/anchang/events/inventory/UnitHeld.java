package com.anchang.events.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/** A unit was held for a deal by a temporary deposit (UNIT-2); the hold lapses at holdExpiresAt (UNIT-3). */
public record UnitHeld(
        String unitId,
        String developerId,
        String officeId,
        String buildingId,
        String unitCode,
        String dealId,
        String consultantId,
        String buyerRef,
        BigDecimal listPrice,
        Instant heldAt,
        Instant holdExpiresAt) {

    public static final String TYPE = "inventory.unit-held";
    public static final int VERSION = 1;
}
