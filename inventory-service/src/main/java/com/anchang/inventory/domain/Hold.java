package com.anchang.inventory.domain;

import java.time.Instant;

/** A temporary deposit's hold on a unit (UNIT-2), lapsing at expiresAt (UNIT-3). */
public record Hold(String dealId, String consultantId, String buyerRef, Instant heldAt, Instant expiresAt) {
}
