package com.anchang.events.inventory;

import java.time.Instant;

/**
 * A temporary hold lapsed without a formal deposit and the unit went back on sale by itself
 * (UNIT-3 HELD → AVAILABLE). Published once per hold, however many sweeps ran.
 */
public record HoldExpired(
        String unitId,
        String developerId,
        String officeId,
        String buildingId,
        String unitCode,
        String dealId,
        String consultantId,
        Instant heldAt,
        Instant holdExpiresAt,
        Instant releasedAt) {

    public static final String TYPE = "inventory.hold-expired";
    public static final int VERSION = 1;
}
