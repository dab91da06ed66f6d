package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SalesTest {

    @Test
    @DisplayName("net subscribed = signed − cancelled ± swapped ± repriced, in units and in fen; net contracted likewise; discounts counted and summed")
    void netFigures() {
        Figures f = Figures.ZERO.plus(Count.SUBSCRIPTIONS, 10).plus(Count.CANCELLED_SUBSCRIPTIONS, 2)
                .plus(Count.CONTRACTS, 6).plus(Count.CANCELLED_CONTRACTS, 1).plus(Count.SWAPS, 3)
                .plus(Count.PRICE_CHANGES, 1).plus(Count.DISCOUNTS_APPROVED, 4)
                .plus(Amount.SUBSCRIBED, new BigDecimal("30000000.00"))
                .plus(Amount.CANCELLED_SUBSCRIBED, new BigDecimal("6100000.00"))
                .plus(Amount.SWAPPED_SUBSCRIBED, new BigDecimal("-120000.50"))
                .plus(Amount.REPRICED_SUBSCRIBED, new BigDecimal("-30000.00"))
                .plus(Amount.CONTRACTED, new BigDecimal("18000000.00"))
                .plus(Amount.CANCELLED_CONTRACTED, new BigDecimal("3000000.00"))
                .plus(Amount.SWAPPED_CONTRACTED, new BigDecimal("50000.00"))
                .plus(Amount.DISCOUNTS, new BigDecimal("120000.00"));

        Sales sales = Sales.of(f);

        assertThat(sales.subscribed().netUnits()).isEqualTo(8);
        assertThat(sales.subscribed().netAmount()).isEqualByComparingTo("23749999.50");
        assertThat(sales.contracted().netUnits()).isEqualTo(5);
        assertThat(sales.contracted().netAmount()).isEqualByComparingTo("15050000.00");
        assertThat(sales.swaps()).isEqualTo(3);
        assertThat(sales.priceChanges()).isEqualTo(1);
        assertThat(sales.discounts()).isEqualTo(new Sales.Tally(4, new BigDecimal("120000.00")));
        assertThat(sales.subscribed().netAmount().scale()).isEqualTo(2);
    }

    @Test
    @DisplayName("nothing sold: every figure is zero, in fen")
    void nothing() {
        Sales sales = Sales.of(Figures.ZERO);
        assertThat(sales.subscribed().netAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(sales.contracted().units()).isZero();
    }

    @Test
    @DisplayName("area sold: reserved units' m² less the released ones', the price per m² against the list's, to the fen; none without area")
    void byArea() {
        // reserved 118.50 m² at 3,256,800.00 (list) and 89.56 m² at 2,400,000.00 less a 50,000.00 discount
        Figures f = Figures.ZERO.plus(Amount.AREA_RESERVED, new BigDecimal("208.06"))
                .plus(Amount.LIST_RESERVED, new BigDecimal("5656800.00"))
                .plus(Amount.PRICE_RESERVED, new BigDecimal("5606800.00"));

        Sales.ByArea reserved = Sales.of(f).reserved();

        assertThat(reserved.area()).isEqualByComparingTo("208.06");
        assertThat(reserved.pricePerSquareMetre()).isEqualByComparingTo("26948.00"); // 5,606,800.00 / 208.06 = 26,947.996
        assertThat(reserved.listPerSquareMetre()).isEqualByComparingTo("27188.31"); // 5,656,800.00 / 208.06
        assertThat(reserved.againstListPercent()).isEqualByComparingTo("-0.9");
        assertThat(Sales.of(Figures.ZERO).contractedArea().pricePerSquareMetre()).isNull();
    }
}
