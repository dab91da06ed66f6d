package com.anchang.events.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The formal deposit of a deal reserved its held unit (UNIT-1 HELD → RESERVED), or a swap reserved another
 * unit for it. {@code grossArea} (建筑面积, m²), {@code listPrice} and {@code price} (the list price less an
 * approved special discount, UNIT-4) are the unit's when reserved; added to v1, null from earlier producers.
 */
public record UnitReserved(
        String unitId,
        String developerId,
        String officeId,
        String unitCode,
        String dealId,
        Instant reservedAt,
        BigDecimal grossArea,
        BigDecimal listPrice,
        BigDecimal price) {

    public static final String TYPE = "inventory.unit-reserved";
    public static final int VERSION = 1;

    /** The v1 fields as first defined (before the unit's area and prices were added). */
    public UnitReserved(String unitId, String developerId, String officeId, String unitCode, String dealId,
            Instant reservedAt) {
        this(unitId, developerId, officeId, unitCode, dealId, reservedAt, null, null, null);
    }
}
