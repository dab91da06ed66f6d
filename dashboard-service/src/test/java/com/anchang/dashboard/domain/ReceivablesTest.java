package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceivablesTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-12-01");

    static DealState.Open due(String due, String outstanding) {
        return new DealState.Open("1-101", new BigDecimal(outstanding), LocalDate.parse(due), "CASH", null, null);
    }

    @Test
    @DisplayName("ageing buckets by days past the due date as of the day asked: 1–30, 31–60, 61–90, over 90 overdue; due within 7 days (today included), 8–30, later")
    void buckets() {
        Map<String, DealState.Open> open = new LinkedHashMap<>();
        open.put("d-today", due("2026-12-01", "100000.00"));      // due today: within 7 days, not overdue
        open.put("d-1", due("2026-11-30", "10000.00"));           // 1 day overdue
        open.put("d-30", due("2026-11-01", "20000.00"));          // 30 days
        open.put("d-31", due("2026-10-31", "30000.00"));          // 31 days
        open.put("d-61", due("2026-10-01", "40000.00"));          // 61 days
        open.put("d-91", due("2026-09-01", "50000.00"));          // 91 days
        open.put("d-in7", due("2026-12-08", "60000.00"));         // in 7 days
        open.put("d-in8", due("2026-12-09", "70000.00"));         // in 8 days
        open.put("d-in30", due("2026-12-31", "80000.00"));        // in 30 days
        open.put("d-in31", due("2027-01-01", "90000.00"));        // in 31 days
        open.put("d-mortgage-only", new DealState.Open("1-102", null, null, "COMMERCIAL_LOAN", null,
                DealState.MortgageStage.AT_THE_BANK));

        Receivables r = Receivables.of(Map.of("office-1", open), AS_OF);

        assertThat(r.buckets()).extracting(Receivables.Bucket::name, Receivables.Bucket::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("overdueOver90Days", 1L),
                org.assertj.core.groups.Tuple.tuple("overdue61To90Days", 1L),
                org.assertj.core.groups.Tuple.tuple("overdue31To60Days", 1L),
                org.assertj.core.groups.Tuple.tuple("overdue1To30Days", 2L),
                org.assertj.core.groups.Tuple.tuple("dueWithin7Days", 2L),
                org.assertj.core.groups.Tuple.tuple("dueIn8To30Days", 2L),
                org.assertj.core.groups.Tuple.tuple("dueLater", 1L));
        assertThat(r.overdue().count()).isEqualTo(5);
        assertThat(r.overdue().amount()).isEqualByComparingTo("150000.00");
        assertThat(r.dueWithin7Days().amount()).isEqualByComparingTo("160000.00");
        assertThat(r.dueWithin30Days().count()).isEqualTo(4);
        assertThat(r.dueWithin30Days().amount()).isEqualByComparingTo("310000.00");
        assertThat(r.deals()).hasSize(10);
        assertThat(r.deals().getFirst()).satisfies(i -> {
            assertThat(i.dealId()).isEqualTo("d-91");
            assertThat(i.daysOverdue()).isEqualTo(91);
            assertThat(i.officeId()).isEqualTo("office-1");
            assertThat(i.bucket()).isEqualTo("overdueOver90Days");
        });
        assertThat(r.deals().getLast().daysOverdue()).isEqualTo(-31);
    }

    @Test
    @DisplayName("the same receivable ages as the day asked moves: due in 3 days on 1 Dec, 1 day overdue on 5 Dec")
    void asOfMoves() {
        Map<String, Map<String, DealState.Open>> open = Map.of("office-1", Map.of("d", due("2026-12-04", "5000.00")));
        assertThat(Receivables.of(open, AS_OF).dueWithin7Days().count()).isEqualTo(1);
        assertThat(Receivables.of(open, LocalDate.parse("2026-12-05")).overdue().count()).isEqualTo(1);
    }
}
