package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FunnelTest {

    static Figures figures() {
        return Figures.ZERO.plus(Count.VISITS, 150).plus(Count.CALLS, 50).plus(Count.NEW_LEADS, 60)
                .plus(Count.TEMPORARY_DEPOSITS, 12).plus(Count.FORMAL_DEPOSITS, 9).plus(Count.SUBSCRIPTIONS, 8)
                .plus(Count.CONTRACTS, 3).plus(Count.CANCELLATIONS, 4).plus(Count.CANCELLED_SUBSCRIPTIONS, 2)
                .plus(Count.CANCELLED_CONTRACTS, 1)
                .plus(Amount.FORMAL_DEPOSITS, new BigDecimal("450000.00"))
                .plus(Amount.DOWN_PAYMENTS, new BigDecimal("910000.00"))
                .plus(Amount.REFUNDED, new BigDecimal("50000.00"))
                .plus(Amount.TEMPORARY_DEPOSITS, new BigDecimal("120000.00"));
    }

    @Test
    @DisplayName("each step converts from the one before it, in percent with one decimal: 200 receptions → 60 leads is 30.0%, 9 → 8 is 88.9%")
    void conversionPerStep() {
        Funnel funnel = Funnel.of(figures());

        assertThat(funnel.steps()).extracting(Funnel.Step::name).containsExactly("receptions", "newLeads",
                "temporaryDeposits", "formalDeposits", "subscriptions", "contracts");
        assertThat(funnel.steps()).extracting(Funnel.Step::count).containsExactly(200L, 60L, 12L, 9L, 8L, 3L);
        assertThat(funnel.steps()).extracting(Funnel.Step::conversionPercent).containsExactly(null,
                new BigDecimal("30.0"), new BigDecimal("20.0"), new BigDecimal("75.0"), new BigDecimal("88.9"),
                new BigDecimal("37.5"));
    }

    @Test
    @DisplayName("a step after an empty one has no conversion (not a division by zero, not 0%)")
    void noConversionFromNothing() {
        Funnel funnel = Funnel.of(Figures.ZERO.plus(Count.NEW_LEADS, 3));

        assertThat(funnel.steps().get(1).conversionPercent()).isNull();
        assertThat(funnel.steps().get(2).conversionPercent()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("net subscriptions and contracts are signed minus those cancelled after signing; other cancellations do not reduce them")
    void netFigures() {
        Funnel funnel = Funnel.of(figures());

        assertThat(funnel.cancellations()).isEqualTo(4);
        assertThat(funnel.netSubscriptions()).isEqualTo(6);
        assertThat(funnel.netContracts()).isEqualTo(2);
    }

    @Test
    @DisplayName("collected is formal deposits plus down payments (temporary deposits beside it, taken over by the formal one); net is collected minus refunds")
    void money() {
        Funnel.Money money = Funnel.of(figures()).money();

        assertThat(money.collected()).isEqualTo(new BigDecimal("1360000.00"));
        assertThat(money.refunded()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(money.netCollected()).isEqualTo(new BigDecimal("1310000.00"));
        assertThat(money.temporaryDeposits()).isEqualTo(new BigDecimal("120000.00"));
        assertThat(Funnel.of(Figures.ZERO).money().netCollected()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    @DisplayName("collection rate (回款率): net collected plus loans disbursed over the net contracted amount, one decimal; none when nothing net was contracted")
    void collectionRate() {
        Figures f = figures().plus(Amount.CONTRACTED, new BigDecimal("9000000.00"))
                .plus(Amount.CANCELLED_CONTRACTED, new BigDecimal("3000000.00"))
                .plus(Amount.LOANS_DISBURSED, new BigDecimal("2100000.00"));
        // (450,000 + 910,000 − 50,000) + 2,100,000 = 3,410,000 over 6,000,000
        assertThat(Funnel.of(f).money().collectionPercent()).isEqualByComparingTo("56.8");
        assertThat(Funnel.of(f).money().loansDisbursed()).isEqualByComparingTo("2100000.00");
        assertThat(Funnel.of(figures()).money().collectionPercent()).isNull();
    }
}
