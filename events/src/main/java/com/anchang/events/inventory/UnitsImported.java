package com.anchang.events.inventory;

import java.time.Instant;

/**
 * A building was catalogued with the units of its first price list (UNIT-1): how many units, by whom
 * (the PM or sales control of the office), when. Keyed by the building id.
 */
public record UnitsImported(
        String buildingId,
        String developerId,
        String officeId,
        String projectId,
        String buildingName,
        int units,
        String importedBy,
        Instant importedAt) {

    public static final String TYPE = "inventory.units-imported";
    public static final int VERSION = 1;
}
