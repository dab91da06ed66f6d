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
                new Mortgages.Kind("COMBINED_LOAN", 0, 0, 0, 0, new BigDecimal("0.00"), 1, new BigDecimal("1500000.00")),
                new Mortgages.Kind("COMMERCIAL_LOAN", 1, 2, 0, 0, new BigDecimal("5000000.00"), 0, new BigDecimal("0.00")),
                new Mortgages.Kind("HOUSING_FUND_LOAN", 0, 1, 0, 0, new BigDecimal("600000.00"), 0, new BigDecimal("0.00")));
    }

    @Test
    @DisplayName("the bank's stages: documents, approval, disbursement; a combined loan stands where its least advanced loan stands")
    void stagesAtTheBank() {
        DealState appointed = DealState.NEW.subscriptionSigned(new BigDecimal("3000000.00"), "1-101", null, null,
                "COMBINED_LOAN", new BigDecimal("2000000.00")).next().mortgageAppointed().next();
        assertThat(appointed.open().orElseThrow().mortgageStage()).isEqualTo(DealState.MortgageStage.AT_THE_BANK);

        DealState.Effect documents = appointed.mortgageProgressed("COMMERCIAL", "DOCUMENTS_RECEIVED");
        assertThat(documents.figures()).isEqualTo(Figures.one(Count.LOAN_DOCUMENTS_RECEIVED));
        assertThat(documents.next().open().orElseThrow().mortgageStage())
                .as("the housing-fund loan has no documents at the bank yet").isEqualTo(DealState.MortgageStage.AT_THE_BANK);

        DealState both = documents.next().mortgageProgressed("HOUSING_FUND", "DOCUMENTS_RECEIVED").next();
        assertThat(both.open().orElseThrow().mortgageStage()).isEqualTo(DealState.MortgageStage.AWAITING_APPROVAL);

        DealState.Effect approved = both.mortgageProgressed("COMMERCIAL", "APPROVED");
        assertThat(approved.figures()).isEqualTo(Figures.one(Count.LOANS_APPROVED));
        DealState bothApproved = approved.next().mortgageProgressed("HOUSING_FUND", "APPROVED").next();
        assertThat(bothApproved.open().orElseThrow().mortgageStage()).isEqualTo(DealState.MortgageStage.AWAITING_DISBURSEMENT);

        Mortgages m = Mortgages.of(List.of(appointed.open().orElseThrow(), both.open().orElseThrow(),
                bothApproved.open().orElseThrow()), Map.of());
        assertThat(m.kinds()).containsExactly(new Mortgages.Kind("COMBINED_LOAN", 0, 1, 1, 1,
                new BigDecimal("6000000.00"), 0, new BigDecimal("0.00")));
        assertThat(bothApproved.mortgageCompleted("COMBINED_LOAN", null).next().open()).isEmpty();
    }
}
