package com.anchang.events.inventory;

import java.time.Instant;

/** The sales contract of the deal that reserved a unit was signed (UNIT-1 RESERVED → CONTRACTED). */
public record UnitContracted(
        String unitId,
        String developerId,
        String officeId,
        String unitCode,
        String dealId,
        Instant contractedAt) {

    public static final String TYPE = "inventory.unit-contracted";
    public static final int VERSION = 1;
}
