package com.anchang.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.dashboard.application.Breakdowns.Dimension;
import com.anchang.dashboard.application.ViewingDiscounts.ApproverDiscounts;
import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewingDiscountsTest {

    static final Caller HEAD_OFFICE = new Caller("u-hq", "hq", "dev-1", Map.of(), Set.of(Caller.HEAD_OFFICE), false);
    static final Caller PM_1 = new Caller("u-pm", "pm", "dev-1", Map.of("office-1", Set.of(Caller.PM)), Set.of(), false);

    final InMemoryOfficeFigures offices = new InMemoryOfficeFigures();
    final Breakdowns breakdowns = new Breakdowns(new InMemoryOfficeFigures(), OfficeZones.DEFAULTS);
    final ViewingDiscounts viewing = new ViewingDiscounts(breakdowns,
            new DashboardScope(offices, 366, OfficeDirectory.inMemory(Map.of())));

    static Figures discount(String amount) {
        return Figures.one(Count.DISCOUNTS_APPROVED).plus(Amount.DISCOUNTS, new BigDecimal(amount));
    }

    @BeforeEach
    void discountsAtTwoOffices() {
        offices.add("dev-1", "office-1", LocalDate.parse("2026-11-01"), "seen-1", Figures.ZERO);
        offices.add("dev-1", "office-2", LocalDate.parse("2026-11-01"), "seen-2", Figures.ZERO);
        breakdowns.record("office-1", Dimension.APPROVER, "u-pm", Instant.parse("2026-11-20T06:30:00Z"), "e1",
                discount("30000.00"));
        breakdowns.record("office-1", Dimension.APPROVER, "u-pm", Instant.parse("2026-11-20T06:30:00Z"), "e1",
                discount("30000.00"));
        breakdowns.record("office-1", Dimension.APPROVER, "u-pm", Instant.parse("2026-11-21T02:00:00Z"), "e2",
                discount("12000.50"));
        breakdowns.record("office-1", Dimension.APPROVER, "u-hq", Instant.parse("2026-11-22T02:00:00Z"), "e3",
                discount("80000.00"));
        breakdowns.record("office-2", Dimension.APPROVER, "u-hq", Instant.parse("2026-11-22T02:00:00Z"), "e4",
                discount("20000.00"));
        // 30 Nov 16:30Z is 1 December in Asia/Shanghai: outside November
        breakdowns.record("office-2", Dimension.APPROVER, "u-hq", Instant.parse("2026-11-30T16:30:00Z"), "e5",
                discount("99999.00"));
    }

    @Test
    @DisplayName("an office's discounts by approver over its office days, each approval once: count and total per approver")
    void byApproverAtAnOffice() {
        assertThat(viewing.office(PM_1, "office-1", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")).approvers())
                .containsExactly(new ApproverDiscounts("u-hq", 1, new BigDecimal("80000.00")),
                        new ApproverDiscounts("u-pm", 2, new BigDecimal("42000.50")));
    }

    @Test
    @DisplayName("across a developer's offices an approver of several offices is one row; a PM sees their office only")
    void acrossOffices() {
        assertThat(viewing.developer(HEAD_OFFICE, "dev-1", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))
                .approvers()).containsExactly(new ApproverDiscounts("u-hq", 2, new BigDecimal("100000.00")),
                        new ApproverDiscounts("u-pm", 2, new BigDecimal("42000.50")));
        assertThat(viewing.developer(PM_1, "dev-1", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01"))
                .approvers()).extracting(ApproverDiscounts::count).containsExactly(1L, 2L);
        assertThatThrownBy(() -> viewing.office(PM_1, "office-2", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"))).isInstanceOf(NotFoundException.class);
    }
}
