package com.anchang.events.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit went back on sale (UNIT-1 → AVAILABLE): a withheld unit released by the PM, or a hold,
 * reservation or contract cancelled. fromStatus is the status it left (WITHHELD, HELD, RESERVED,
 * CONTRACTED); dealId the deal it was held, reserved or contracted for (null when withheld).
 * {@code grossArea} (m²), {@code listPrice} and {@code price} (list less an approved discount, as it stood
 * before the release) are the unit's; added to v1, null from earlier producers.
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
        Instant releasedAt,
        BigDecimal grossArea,
        BigDecimal listPrice,
        BigDecimal price) {

    public static final String TYPE = "inventory.unit-released";
    public static final int VERSION = 1;

    /** The v1 fields as first defined (before the unit's area and prices were added). */
    public UnitReleased(String unitId, String developerId, String officeId, String buildingId, String unitCode,
            String fromStatus, String dealId, String reason, String releasedBy, Instant releasedAt) {
        this(unitId, developerId, officeId, buildingId, unitCode, fromStatus, dealId, reason, releasedBy, releasedAt,
                null, null, null);
    }
}
