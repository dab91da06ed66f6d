package com.anchang.inventory.domain;

import java.time.Instant;

/**
 * A temporary deposit's hold on a unit (UNIT-2), lapsing at expiresAt (UNIT-3). quotaSlot names the
 * buyer's quota slot in an opening it occupies (null outside openings); discount is the special
 * discount requested on it, if any (UNIT-4).
 */
public record Hold(String dealId, String consultantId, String buyerRef, Instant heldAt, Instant expiresAt,
        String quotaSlot, Discount discount) {

    public Hold(String dealId, String consultantId, String buyerRef, Instant heldAt, Instant expiresAt) {
        this(dealId, consultantId, buyerRef, heldAt, expiresAt, null, null);
    }

    Hold withDiscount(Discount changed) {
        return new Hold(dealId, consultantId, buyerRef, heldAt, expiresAt, quotaSlot, changed);
    }

    /** True once the hold's deadline has passed (UNIT-3). */
    public boolean lapsedAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
