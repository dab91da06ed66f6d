package com.anchang.events.inventory;

import java.time.Instant;

/**
 * A unit went back on sale (UNIT-1 → AVAILABLE): a withheld unit released by the PM, or a hold,
 * reservation or contract cancelled. fromStatus is the status it left (WITHHELD, HELD, RESERVED,
 * CONTRACTED); dealId the deal it was held, reserved or contracted for (null when withheld).
 */
public record UnitReleased(
        String unitId,
        String developerId,
        String officeId,
        String buildingId,
        String unitCode,
        String fromStatus,
        String dealId,
        String reason,
        String releasedBy,
        Instant releasedAt) {

    public static final String TYPE = "inventory.unit-released";
    public static final int VERSION = 1;
}
