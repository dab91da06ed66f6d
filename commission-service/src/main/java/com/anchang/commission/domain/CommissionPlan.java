package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An office's commission plan (佣金方案, office policy): a rate per deal in ‰ of the credited amount, or
 * tiers by the consultant's monthly credited total, the rate of the tier reached applying to the whole
 * month (a threshold crossed later in the month re-prices the month's earlier deals by an adjustment).
 *
 * @param perMille PER_DEAL: the rate, ‰ of the credited amount
 * @param tiers MONTHLY_TIERS: from which monthly credited total (CNY) which rate (‰) applies; the lowest from 0
 */
public record CommissionPlan(Kind kind, BigDecimal perMille, List<Tier> tiers) {

    public enum Kind {
        PER_DEAL,
        MONTHLY_TIERS
    }

    /** From this monthly credited total (inclusive) the whole month is paid at this rate. */
    public record Tier(BigDecimal from, BigDecimal perMille) {

        public Tier {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(perMille, "perMille");
        }
    }

    public CommissionPlan {
        Objects.requireNonNull(kind, "kind");
        tiers = tiers == null ? List.of() : tiers.stream().sorted(Comparator.comparing(Tier::from)).toList();
        if (kind == Kind.PER_DEAL) {
            Objects.requireNonNull(perMille, "perMille");
        } else if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a MONTHLY_TIERS plan needs at least one tier");
        }
    }

    /** The rate (‰) for a consultant whose month's credited total is {@code monthTotal}. */
    public BigDecimal rateFor(BigDecimal monthTotal) {
        if (kind == Kind.PER_DEAL) {
            return perMille;
        }
        BigDecimal rate = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            if (monthTotal.compareTo(tier.from()) >= 0) {
                rate = tier.perMille();
            }
        }
        return rate;
    }
}
