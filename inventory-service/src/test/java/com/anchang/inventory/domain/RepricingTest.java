package com.anchang.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A re-import of prices planned against a building's units (UNIT-1, UNIT-6). */
class RepricingTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final List<String> HEADER = List.of("floor", "number", "listPrice");

    static Unit unit(int floor, int number, String price) {
        return Unit.catalogue("dev-1", "office-1", "proj-1", "bld-1", "3", new UnitSpec(floor, number, "3室2厅2卫",
                new BigDecimal("100.00"), new BigDecimal("80.00"), "南", new BigDecimal(price)));
    }

    static PriceList.Prices prices(List<List<String>> rows) {
        List<List<String>> grid = new java.util.ArrayList<>();
        grid.add(HEADER);
        grid.addAll(rows);
        return PriceList.readPrices(grid);
    }

    @Test
    @DisplayName("UNIT-1: a re-import lists each change old → new with the price per m²; equal prices are unchanged")
    void changesUnitByUnit() {
        List<Unit> units = List.of(unit(1, 1, "2000000.00"), unit(1, 2, "2100000.00"));

        Repricing plan = Repricing.plan(units, prices(List.of(List.of("1", "1", "2,050,000"), List.of("1", "2", "2100000"))));

        assertThat(plan.valid()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.changes()).containsExactly(new Repricing.PriceChange("bld-1-101", "3-101", 2,
                new BigDecimal("2000000.00"), new BigDecimal("2050000.00"), new BigDecimal("20000.00"),
                new BigDecimal("20500.00")));
    }

    @Test
    @DisplayName("UNIT-2: a unit held, reserved or contracted keeps its deal's price: \"not repriced: <status> for deal <id>\"")
    void dealsKeepTheirPrice() {
        Unit held = unit(1, 1, "2000000.00");
        held.hold("deal-H", "c-1", "王先生", NOW, new SalesControlPolicy(Duration.ofHours(48)));
        Unit reserved = unit(1, 2, "2000000.00");
        reserved.hold("deal-R", "c-1", "李女士", NOW, new SalesControlPolicy(Duration.ofHours(48)));
        reserved.reserve("deal-R", NOW);
        Unit contracted = unit(2, 1, "2000000.00");
        contracted.hold("deal-C", "c-1", "赵先生", NOW, new SalesControlPolicy(Duration.ofHours(48)));
        contracted.reserve("deal-C", NOW);
        contracted.contract("deal-C", NOW);
        Unit withheld = unit(2, 2, "2000000.00");
        withheld.withhold("kept", "u-pm", NOW);

        Repricing plan = Repricing.plan(List.of(held, reserved, contracted, withheld), prices(List.of(
                List.of("1", "1", "2100000"), List.of("1", "2", "2100000"), List.of("2", "1", "2100000"),
                List.of("2", "2", "2100000"))));

        assertThat(plan.valid()).isTrue();
        assertThat(plan.notRepriced()).extracting(Repricing.NotRepriced::reason).containsExactly(
                "not repriced: HELD for deal deal-H", "not repriced: RESERVED for deal deal-R",
                "not repriced: CONTRACTED for deal deal-C");
        assertThat(plan.changes()).as("a withheld unit is not sold: it is repriced")
                .extracting(Repricing.PriceChange::unitCode).containsExactly("3-202");
    }

    @Test
    @DisplayName("UNIT-1: unknown units, duplicate units, missing, zero, negative and absurd prices are problems with row, column and reason")
    void problems() {
        List<Unit> units = List.of(unit(1, 1, "2000000.00"), unit(1, 2, "2000000.00"), unit(2, 1, "2000000.00"),
                unit(2, 2, "2000000.00"), unit(3, 1, "2000000.00"));

        Repricing plan = Repricing.plan(units, prices(List.of(
                List.of("1", "1", "2100000"),
                List.of("9", "1", "2100000"),
                List.of("1", "1", "2200000"),
                List.of("1", "2", ""),
                List.of("2", "1", "0"),
                List.of("2", "2", "-5"),
                List.of("3", "1", "210000000"))));

        assertThat(plan.valid()).isFalse();
        assertThat(plan.problems()).containsExactly(
                new PriceList.Problem(3, "number", "the building has no unit 1 on floor 9"),
                new PriceList.Problem(4, "number", "duplicates unit 1 on floor 1"),
                new PriceList.Problem(5, "listPrice", "missing"),
                new PriceList.Problem(6, "listPrice", "must be more than 0"),
                new PriceList.Problem(7, "listPrice", "must be more than 0"),
                new PriceList.Problem(8, "listPrice", "is absurd: 210000000.00 for unit 3-301 listed at 2000000.00 "
                        + "(more than 10 times or less than a tenth of it)"));
        assertThat(plan.changes()).as("the valid rows are still shown in the dry run")
                .extracting(Repricing.PriceChange::row).containsExactly(2);
    }

    @Test
    @DisplayName("UNIT-1: a re-import needs floor, number and price columns (English or Chinese), other columns are ignored")
    void columns() {
        assertThat(PriceList.readPrices(List.of(List.of("floor", "layout"))).problems())
                .extracting(PriceList.Problem::column).containsExactly("number", "listPrice");
        PriceList.Prices chinese = PriceList.readPrices(List.of(List.of("楼层", "户型", "房号", "总价"),
                List.of("1", "2室", "1", "2000000")));
        assertThat(chinese.lines()).containsExactly(new PriceList.PriceLine(2, 1, 1, new BigDecimal("2000000.00")));
    }

    @Test
    @DisplayName("UNIT-1: a version is APPLYING with every planned change, APPLIED with the changes made and the units held since")
    void versionLifecycle() {
        Building building = new Building("bld-1", "dev-1", "office-1", "proj-1", "3", 2, 2);
        Repricing plan = Repricing.plan(List.of(unit(1, 1, "2000000.00"), unit(1, 2, "2000000.00")),
                prices(List.of(List.of("1", "1", "2100000"), List.of("1", "2", "2100000"))));

        PriceListVersion started = PriceListVersion.begin(building, 3, "list.csv", "u-pm", NOW, plan);
        PriceListVersion applied = started.applied(List.of(plan.changes().getFirst()), List.of(new Repricing.NotRepriced(
                "bld-1-102", "3-102", 3, new BigDecimal("2000000.00"), new BigDecimal("2100000.00"),
                "not repriced: HELD for deal d")), NOW.plusSeconds(1));

        assertThat(started.id()).isEqualTo("bld-1#3");
        assertThat(started.state()).isEqualTo(PriceListVersion.State.APPLYING);
        assertThat(started.changes()).hasSize(2);
        assertThat(started.marker()).isEqualTo("price-list:bld-1#3");
        assertThat(applied.state()).isEqualTo(PriceListVersion.State.APPLIED);
        assertThat(applied.changes()).hasSize(1);
        assertThat(applied.notRepriced()).singleElement().satisfies(n -> assertThat(n.unitCode()).isEqualTo("3-102"));
        assertThat(applied.appliedBy()).isEqualTo("u-pm");
    }
}
