package com.anchang.inventory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A price list as read from a spreadsheet (UNIT-1 units, UNIT-6 the office's prices): a header row
 * naming the columns (English or Chinese), then one row per unit. Reading it checks every cell and
 * reports each problem with its row (as the spreadsheet numbers them, header = 1), column and reason;
 * the units come out only when there is none, so applying is all-or-nothing.
 */
public record PriceList(List<UnitSpec> units, List<Problem> problems) {

    public record Problem(int row, String column, String reason) {
    }

    static final BigDecimal MAX_AREA = new BigDecimal("10000");
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");

    enum Column {
        FLOOR("floor", "楼层"), NUMBER("number", "房号"), LAYOUT("layout", "户型"), GROSS_AREA("grossArea", "建筑面积"),
        NET_AREA("netArea", "套内面积"), ORIENTATION("orientation", "朝向"), LIST_PRICE("listPrice", "总价");

        final String english;
        final String chinese;

        Column(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Where each known column stands in the header row (English or Chinese name; others ignored). */
    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            for (Column c : Column.values()) {
                if (c.english.equalsIgnoreCase(name) || c.chinese.equals(name)) {
                    at.put(c, i);
                }
            }
        }
        return at;
    }

    private static void requireColumns(Map<Column, Integer> at, List<Column> required, List<Problem> problems) {
        for (Column c : required) {
            if (!at.containsKey(c)) {
                problems.add(new Problem(1, c.english, "column missing (header " + c.english + " or " + c.chinese + ")"));
            }
        }
    }

    /** @param grid the sheet's cells as text, row by row (blank rows are skipped) */
    public static PriceList read(List<List<String>> grid) {
        List<Problem> problems = new ArrayList<>();
        if (grid.isEmpty()) {
            return new PriceList(List.of(), List.of(new Problem(1, "", "the sheet is empty: a header row and one row per unit")));
        }
        Map<Column, Integer> at = columns(grid.getFirst());
        requireColumns(at, List.of(Column.values()), problems);
        if (!problems.isEmpty()) {
            return new PriceList(List.of(), problems);
        }
        List<UnitSpec> units = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (int r = 1; r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int row = r + 1;
            Cells line = new Cells(cells, at, row, problems);
            Integer floor = line.integer(Column.FLOOR, -5, 200);
            Integer number = line.integer(Column.NUMBER, 1, 99);
            String layout = line.text(Column.LAYOUT, 40);
            BigDecimal gross = line.positive(Column.GROSS_AREA, MAX_AREA);
            BigDecimal net = line.positive(Column.NET_AREA, MAX_AREA);
            String orientation = line.text(Column.ORIENTATION, 20);
            BigDecimal price = line.positive(Column.LIST_PRICE, MAX_PRICE);
            if (gross != null && net != null && net.compareTo(gross) > 0) {
                problems.add(new Problem(row, Column.NET_AREA.english, "is larger than the gross area"));
            }
            if (floor != null && number != null && !places.add(floor + "/" + number)) {
                problems.add(new Problem(row, Column.NUMBER.english, "duplicates unit " + number + " on floor " + floor));
            }
            if (problems.isEmpty()) {
                units.add(new UnitSpec(floor, number, layout, gross, net, orientation, price));
            }
        }
        if (problems.isEmpty() && units.isEmpty()) {
            problems.add(new Problem(2, "", "no unit rows under the header"));
        }
        return new PriceList(problems.isEmpty() ? List.copyOf(units) : List.of(), List.copyOf(problems));
    }

    /** One line of a re-import of prices: the unit by its place in the building, and its new list price. */
    public record PriceLine(int row, int floor, int number, BigDecimal listPrice) {
    }

    /** The lines of a re-import of prices, and every problem found reading them (row, column, reason). */
    public record Prices(List<PriceLine> lines, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads a re-import of prices for an existing building: a header naming at least the floor,
     * number and list price columns (English or Chinese; other columns are ignored), then one row per
     * unit whose price is given. A missing, non-numeric, zero or negative price, or one above
     * {@link #MAX_PRICE}, and a unit named twice are problems.
     */
    public static Prices readPrices(List<List<String>> grid) {
        List<Problem> problems = new ArrayList<>();
        if (grid.isEmpty()) {
            return new Prices(List.of(), List.of(new Problem(1, "", "the sheet is empty: a header row and one row per unit")));
        }
        Map<Column, Integer> at = columns(grid.getFirst());
        requireColumns(at, List.of(Column.FLOOR, Column.NUMBER, Column.LIST_PRICE), problems);
        if (!problems.isEmpty()) {
            return new Prices(List.of(), problems);
        }
        List<PriceLine> lines = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (int r = 1; r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int row = r + 1;
            int before = problems.size();
            Cells line = new Cells(cells, at, row, problems);
            Integer floor = line.integer(Column.FLOOR, -5, 200);
            Integer number = line.integer(Column.NUMBER, 1, 99);
            BigDecimal price = line.positive(Column.LIST_PRICE, MAX_PRICE);
            if (floor != null && number != null && !places.add(floor + "/" + number)) {
                problems.add(new Problem(row, Column.NUMBER.english, "duplicates unit " + number + " on floor " + floor));
            }
            if (problems.size() == before) {
                lines.add(new PriceLine(row, floor, number, price));
            }
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(new Problem(2, "", "no unit rows under the header"));
        }
        return new Prices(List.copyOf(lines), List.copyOf(problems));
    }

    private record Cells(List<String> cells, Map<Column, Integer> at, int row, List<Problem> problems) {

        String raw(Column c) {
            int i = at.get(c);
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        String text(Column c, int max) {
            String value = raw(c);
            if (value.isEmpty()) {
                problems.add(new Problem(row, c.english, "missing"));
                return null;
            }
            if (value.length() > max) {
                problems.add(new Problem(row, c.english, "longer than " + max + " characters"));
                return null;
            }
            return value;
        }

        Integer integer(Column c, int min, int max) {
            BigDecimal value = number(c);
            if (value == null) {
                return null;
            }
            if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                    || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                problems.add(new Problem(row, c.english, "must be a whole number from " + min + " to " + max));
                return null;
            }
            return value.intValueExact();
        }

        BigDecimal positive(Column c, BigDecimal max) {
            BigDecimal value = number(c);
            if (value == null) {
                return null;
            }
            if (value.signum() <= 0) {
                problems.add(new Problem(row, c.english, "must be more than 0"));
                return null;
            }
            if (value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
                problems.add(new Problem(row, c.english, "must be at most " + max.toPlainString() + " with at most 2 decimals"));
                return null;
            }
            return value.setScale(2);
        }

        BigDecimal number(Column c) {
            String value = raw(c).replace(",", "");
            if (value.isEmpty()) {
                problems.add(new Problem(row, c.english, "missing"));
                return null;
            }
            try {
                return new BigDecimal(value.toLowerCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, c.english, "is not a number: " + value));
                return null;
            }
        }
    }
}
