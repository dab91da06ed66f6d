package com.anchang.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PriceListTest {

    static final List<String> HEADER = List.of("楼层", "房号", "户型", "建筑面积", "套内面积", "朝向", "总价");

    @Test
    @DisplayName("UNIT-1: a clean price list reads into units (Chinese headers, thousands separators)")
    void cleanList() {
        PriceList list = PriceList.read(List.of(HEADER, List.of("18", "2", "3室2厅2卫", "118.5", "95.2", "南", "3,256,800")));

        assertThat(list.valid()).isTrue();
        assertThat(list.units()).singleElement().satisfies(u -> {
            assertThat(u.floor()).isEqualTo(18);
            assertThat(u.listPrice()).isEqualByComparingTo("3256800.00");
            assertThat(u.grossArea().scale()).isEqualTo(2);
        });
    }

    @Test
    @DisplayName("UNIT-1: every bad cell is reported with row, column and reason, and no unit comes out")
    void problemsReported() {
        PriceList list = PriceList.read(List.of(
                List.of("floor", "number", "layout", "grossArea", "netArea", "orientation", "listPrice"),
                List.of("1", "1", "2室", "89", "71", "南", "2000000"),
                List.of("1", "1", "2室", "89", "71", "南", "2000000"),
                List.of("2", "1", "2室", "0", "71", "南", ""),
                List.of("", "", "", "", "", "", ""),
                List.of("3", "1", "2室", "89", "90", "南", "-5"),
                List.of("4", "1.5", "2室", "89", "71", "南", "99999999999")));

        assertThat(list.valid()).isFalse();
        assertThat(list.units()).isEmpty();
        assertThat(list.problems()).containsExactly(
                new PriceList.Problem(3, "number", "duplicates unit 1 on floor 1"),
                new PriceList.Problem(4, "grossArea", "must be more than 0"),
                new PriceList.Problem(4, "listPrice", "missing"),
                new PriceList.Problem(6, "listPrice", "must be more than 0"),
                new PriceList.Problem(6, "netArea", "is larger than the gross area"),
                new PriceList.Problem(7, "number", "must be a whole number from 1 to 99"),
                new PriceList.Problem(7, "listPrice", "must be at most 1000000000 with at most 2 decimals"));
    }

    @Test
    @DisplayName("UNIT-1: a sheet without the needed columns, or without rows, is reported at row 1/2")
    void missingColumns() {
        assertThat(PriceList.read(List.of(List.of("floor", "number"))).problems())
                .extracting(PriceList.Problem::column).containsExactly("layout", "grossArea", "netArea", "orientation", "listPrice");
        assertThat(PriceList.read(List.of(HEADER)).problems()).singleElement()
                .satisfies(p -> assertThat(p.row()).isEqualTo(2));
        assertThat(PriceList.read(List.of()).valid()).isFalse();
    }
}
