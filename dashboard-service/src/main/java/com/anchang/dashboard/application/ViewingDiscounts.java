package com.anchang.dashboard.application;

import com.anchang.dashboard.application.Breakdowns.Dimension;
import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.security.Caller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The special discounts approved over a period (UNIT-4), by approver: how many and their total. Scoped like the dashboards. */
public class ViewingDiscounts {

    private final Breakdowns breakdowns;
    private final DashboardScope scope;

    public ViewingDiscounts(Breakdowns breakdowns, DashboardScope scope) {
        this.breakdowns = breakdowns;
        this.scope = scope;
    }

    public record ApproverDiscounts(String approverId, long count, BigDecimal total) {
    }

    /** @param scopeId the office or developer asked */
    public record DiscountsByApprover(String scopeId, Period period, List<ApproverDiscounts> approvers) {
    }

    public DiscountsByApprover office(Caller caller, String officeId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        scope.office(caller, officeId);
        return new DiscountsByApprover(officeId, period, approvers(List.of(officeId), period));
    }

    /** Across the developer's offices the caller sees; an approver of several offices is one row. */
    public DiscountsByApprover developer(Caller caller, String developerId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        return new DiscountsByApprover(developerId, period, approvers(scope.offices(caller, developerId), period));
    }

    private List<ApproverDiscounts> approvers(Collection<String> offices, Period period) {
        List<ApproverDiscounts> rows = new ArrayList<>();
        breakdowns.of(offices, Dimension.APPROVER, period).forEach((approver, f) -> {
            if (f.count(Count.DISCOUNTS_APPROVED) > 0) {
                rows.add(new ApproverDiscounts(approver, f.count(Count.DISCOUNTS_APPROVED), f.amount(Amount.DISCOUNTS)));
            }
        });
        return rows;
    }
}
