package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MortgagesTest {

    static DealState.Open loan(String kind, String amount, DealState.MortgageStage stage) {
        return new DealState.Open("1-101", null, null, kind, new BigDecimal(amount), stage);
    }

    @Test
    @DisplayName("mortgages by loan kind: in progress by stage with their loans, and disbursed over the period beside them")
    void byKindAndStage() {
        Mortgages m = Mortgages.of(List.of(
                loan("COMMERCIAL_LOAN", "2100000.00", DealState.MortgageStage.AWAITING_APPOINTMENT),
                loan("COMMERCIAL_LOAN", "1900000.00", DealState.MortgageStage.AT_THE_BANK),
                loan("COMMERCIAL_LOAN", "1000000.00", DealState.MortgageStage.AT_THE_BANK),
                loan("HOUSING_FUND_LOAN", "600000.00", DealState.MortgageStage.AT_THE_BANK),
                new DealState.Open("1-102", new BigDecimal("1.00"), java.time.LocalDate.parse("2026-12-01"), "CASH", null,
                        null)),
                Map.of("COMBINED_LOAN", Figures.one(Count.MORTGAGES_DISBURSED)
                        .plus(Amount.LOANS_DISBURSED, new BigDecimal("1500000.00"))));

        assertThat(m.kinds()).containsExactly(
                new Mortgages.Kind("COMBINED_LOAN", 0, 0, new BigDecimal("0.00"), 1, new BigDecimal("1500000.00")),
                new Mortgages.Kind("COMMERCIAL_LOAN", 1, 2, new BigDecimal("5000000.00"), 0, new BigDecimal("0.00")),
                new Mortgages.Kind("HOUSING_FUND_LOAN", 0, 1, new BigDecimal("600000.00"), 0, new BigDecimal("0.00")));
    }
}
