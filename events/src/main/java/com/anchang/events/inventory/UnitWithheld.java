package com.anchang.events.inventory;

import java.time.Instant;

/** The PM (or sales control) withheld an available unit from sale (控房, UNIT-1 AVAILABLE → WITHHELD). */
public record UnitWithheld(
        String unitId,
        String developerId,
        String officeId,
        String buildingId,
        String unitCode,
        String reason,
        String withheldBy,
        Instant withheldAt) {

    public static final String TYPE = "inventory.unit-withheld";
    public static final int VERSION = 1;
}
