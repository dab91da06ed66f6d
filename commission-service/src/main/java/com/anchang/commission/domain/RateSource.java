package com.anchang.commission.domain;

import java.math.BigDecimal;

/** Where a credited consultant's rate on a deal comes from (their month so far, for MONTHLY_TIERS). */
@FunctionalInterface
public interface RateSource {

    /** The rate to freeze for a consultant credited with {@code credited} on a deal, by the plan given. */
    Commission.Rate rateFor(String consultantId, BigDecimal credited, CommissionPlan plan);

    /** For a deal that names no consultant to price (provisional, cancelled): never asked. */
    RateSource NONE = (consultantId, credited, plan) -> {
        throw new IllegalStateException("no rate source for " + consultantId);
    };
}
