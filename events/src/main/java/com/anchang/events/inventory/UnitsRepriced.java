package com.anchang.events.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A re-import of a building's price list was applied as its price-list version {@code version}
 * (UNIT-1 list prices, UNIT-6 the office's): who applied it, when, and every unit whose list price
 * changed (old → new total price, CNY fen-exact, and price per m² of gross area). Units held,
 * reserved or contracted keep the price of their deal and are not in {@code changes}. Keyed by the
 * building id.
 */
public record UnitsRepriced(
        String buildingId,
        String developerId,
        String officeId,
        String buildingName,
        int version,
        String repricedBy,
        Instant repricedAt,
        List<Change> changes) {

    public static final String TYPE = "inventory.units-repriced";
    public static final int VERSION = 1;

    /** One unit's new list price. */
    public record Change(
            String unitId,
            String unitCode,
            BigDecimal oldPrice,
            BigDecimal newPrice,
            BigDecimal oldPricePerSquareMetre,
            BigDecimal newPricePerSquareMetre) {
    }
}
