package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The commission rules on one deal: the rate a consultant's credit earns by the office's plan, and, for
 * monthly tiers, what the month's earlier deals owe when this one crosses a threshold (the whole month
 * is paid at the tier reached: the month's credited total at the new rate, less what was already earned).
 */
public final class CommissionRules {

    static final BigDecimal PER_MILLE = new BigDecimal("1000");

    /**
     * The consultant's month so far at this office, this deal left out.
     *
     * @param credited their net credit on the month's recognised deals
     * @param earned their net commission on those deals (commission and adjustments)
     */
    public record MonthSoFar(BigDecimal credited, BigDecimal earned) {

        public static final MonthSoFar EMPTY = new MonthSoFar(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public Commission.Rate rate(String consultantId, BigDecimal credited, CommissionPlan plan, MonthSoFar month) {
        if (plan.kind() == CommissionPlan.Kind.PER_DEAL) {
            return new Commission.Rate(consultantId, plan.perMille(), null, BigDecimal.ZERO.setScale(2),
                    plan.perMille().stripTrailingZeros().toPlainString() + "‰ per deal");
        }
        BigDecimal before = month.credited();
        BigDecimal rate = plan.rateFor(before.add(credited));
        BigDecimal adjustment = BigDecimal.ZERO.setScale(2);
        if (rate.compareTo(plan.rateFor(before)) > 0) {
            adjustment = amount(before, rate).subtract(month.earned()).setScale(2, RoundingMode.HALF_UP);
        }
        return new Commission.Rate(consultantId, rate, before.setScale(2, RoundingMode.HALF_UP), adjustment,
                rate.stripTrailingZeros().toPlainString() + "‰: month's credited total " + before.add(credited)
                        .setScale(2, RoundingMode.HALF_UP).toPlainString() + " CNY with this deal");
    }

    /** ‰ of an amount, to the fen. */
    public static BigDecimal amount(BigDecimal credited, BigDecimal perMille) {
        return credited.multiply(perMille).divide(PER_MILLE, 2, RoundingMode.HALF_UP);
    }
}
