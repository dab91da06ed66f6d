package com.anchang.events.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The sales contract of the deal that reserved a unit was signed (UNIT-1 RESERVED → CONTRACTED).
 * {@code grossArea} (m²), {@code listPrice} and {@code price} (list less an approved discount) are the unit's;
 * added to v1, null from earlier producers.
 */
public record UnitContracted(
        String unitId,
        String developerId,
        String officeId,
        String unitCode,
        String dealId,
        Instant contractedAt,
        BigDecimal grossArea,
        BigDecimal listPrice,
        BigDecimal price) {

    public static final String TYPE = "inventory.unit-contracted";
    public static final int VERSION = 1;

    /** The v1 fields as first defined (before the unit's area and prices were added). */
    public UnitContracted(String unitId, String developerId, String officeId, String unitCode, String dealId,
            Instant contractedAt) {
        this(unitId, developerId, officeId, unitCode, dealId, contractedAt, null, null, null);
    }
}
