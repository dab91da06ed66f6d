package com.anchang.events.inventory;

import java.time.Instant;

/** The formal deposit of a deal reserved its held unit (UNIT-1 HELD → RESERVED). */
public record UnitReserved(
        String unitId,
        String developerId,
        String officeId,
        String unitCode,
        String dealId,
        Instant reservedAt) {

    public static final String TYPE = "inventory.unit-reserved";
    public static final int VERSION = 1;
}
