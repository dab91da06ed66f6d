package com.anchang.inventory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a re-import of prices would do to a building (UNIT-1 list prices, UNIT-6 the office's price
 * list), unit by unit: the changes (old → new total price and price per m²), the units that keep
 * their price because a deal holds, reserved or contracted them ("not repriced: HELD for deal …"),
 * how many lines leave the price as it is, and the problems (row, column, reason). A row naming a
 * unit the building does not have, a unit named twice, a missing, zero, negative or absurd price are
 * problems; a price list with any problem changes nothing.
 */
public record Repricing(List<PriceChange> changes, List<NotRepriced> notRepriced, int unchanged,
        List<PriceList.Problem> problems) {

    /**
     * A new price more than this many times the current one, or less than its share, is taken for a
     * slip of a digit rather than a price.
     */
    static final BigDecimal ABSURD_FACTOR = BigDecimal.TEN;

    /** One unit's list price, old → new, and the price per m² of gross area both stand for. */
    public record PriceChange(String unitId, String unitCode, int row, BigDecimal oldPrice, BigDecimal newPrice,
            BigDecimal oldPricePerSquareMetre, BigDecimal newPricePerSquareMetre) {
    }

    /** A unit the price list would reprice, that keeps its price (and why). */
    public record NotRepriced(String unitId, String unitCode, int row, BigDecimal price, BigDecimal listedPrice,
            String reason) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Plans the re-import against the building's units as they are now. */
    public static Repricing plan(List<Unit> units, PriceList.Prices prices) {
        Map<String, Unit> byPlace = new HashMap<>();
        units.forEach(unit -> byPlace.put(unit.spec().floor() + "/" + unit.spec().number(), unit));
        List<PriceList.Problem> problems = new ArrayList<>(prices.problems());
        List<PriceChange> changes = new ArrayList<>();
        List<NotRepriced> kept = new ArrayList<>();
        int unchanged = 0;
        for (PriceList.PriceLine line : prices.lines()) {
            Unit unit = byPlace.get(line.floor() + "/" + line.number());
            if (unit == null) {
                problems.add(new PriceList.Problem(line.row(), "number", "the building has no unit " + line.number()
                        + " on floor " + line.floor()));
                continue;
            }
            BigDecimal old = unit.spec().listPrice();
            BigDecimal asked = line.listPrice();
            if (asked.compareTo(old) == 0) {
                unchanged++;
                continue;
            }
            if (asked.compareTo(old.multiply(ABSURD_FACTOR)) > 0 || asked.multiply(ABSURD_FACTOR).compareTo(old) < 0) {
                problems.add(new PriceList.Problem(line.row(), "listPrice", "is absurd: " + asked.toPlainString()
                        + " for unit " + unit.code() + " listed at " + old.toPlainString()
                        + " (more than 10 times or less than a tenth of it)"));
                continue;
            }
            String why = unit.whyNotRepriceable();
            if (why != null) {
                kept.add(new NotRepriced(unit.id(), unit.code(), line.row(), old, asked, why));
                continue;
            }
            changes.add(new PriceChange(unit.id(), unit.code(), line.row(), old, asked,
                    unit.spec().pricePerSquareMetre(), unit.spec().withListPrice(asked).pricePerSquareMetre()));
        }
        problems.sort(Comparator.comparingInt(PriceList.Problem::row));
        return new Repricing(List.copyOf(changes), List.copyOf(kept), unchanged, List.copyOf(problems));
    }
}
