package com.anchang.inventory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the price list says of one unit: its place in the building, layout, areas (m²), orientation
 * and list price (CNY, fen-exact).
 */
public record UnitSpec(int floor, int number, String layout, BigDecimal grossArea, BigDecimal netArea,
        String orientation, BigDecimal listPrice) {

    /** List price per m² of gross area, rounded to the fen. */
    public BigDecimal pricePerSquareMetre() {
        return listPrice.divide(grossArea, 2, RoundingMode.HALF_UP);
    }

    /** The same unit at another list price (a re-import of prices, UNIT-1). */
    public UnitSpec withListPrice(BigDecimal price) {
        return new UnitSpec(floor, number, layout, grossArea, netArea, orientation, price);
    }
}
