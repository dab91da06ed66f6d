package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * An office's policy values for crediting deals and paying commission (settings with defaults per
 * office, never constants here).
 *
 * @param zone the office's time zone: protection windows, claim windows and months are calendar days there
 * @param recognition the deal event at which a credit is recognised (COMM-1); provisional before it
 * @param split COMM-2: a deal closed by another consultant inside the owner's protection
 * @param claimWindowDays COMM-3: a claim is accepted up to this many days after the closing day
 * @param bigDealThreshold COMM-4: a buyer's cumulative deal amount up to this counts in full (CNY)
 * @param weightAbove COMM-4: the weight of the part above the threshold (0.5 = 50%)
 * @param plan the commission plan (rate per deal or monthly tiers)
 * @param payoutStages which share of the commission is paid at which money collected; they add up to 1
 * @param holdback the share of each payout held back until the handover (0.2 = 20%)
 * @param forfeitPerMille COMM-6 on a forfeit (挞定: the buyer walked away and the developer kept the deposit): the
 *     sale's credit and commission are reversed as on any cancellation, and the consultants credited with the deal
 *     earn this ‰ of the amount forfeited, in their shares, as an entry of its own (0: none, the default; the
 *     seeds and the rulebook are silent on it)
 */
public record OfficeCreditPolicy(ZoneId zone, Recognition recognition, Split split, int claimWindowDays,
        BigDecimal bigDealThreshold, BigDecimal weightAbove, CommissionPlan plan, List<StageShare> payoutStages,
        BigDecimal holdback, BigDecimal forfeitPerMille) {

    public enum Recognition {
        /** credited at the subscription agreement's signature (认购) */
        SUBSCRIPTION,
        /** credited at the sales contract's signature (签约) */
        CONTRACT
    }

    public enum Split {
        /** seed 000: half to the owner, half to the closer */
        HALF_HALF,
        /** seed 002: all to the first receiver, the owner */
        ALL_TO_FIRST_RECEIVER
    }

    /** A share of the commission paid when this money is collected. */
    public record StageShare(PayoutStage stage, BigDecimal share) {

        public StageShare {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(share, "share");
        }
    }

    /**
     * The rulebook's defaults (RULES.md, office policy) and, where it names none, the examples:
     * 3‰ per deal, half at the down payment and half at the mortgage, 20% held back until the handover.
     */
    public static final OfficeCreditPolicy DEFAULTS = new OfficeCreditPolicy(ZoneId.of("Asia/Shanghai"),
            Recognition.SUBSCRIPTION, Split.HALF_HALF, 7, new BigDecimal("5000000.00"), new BigDecimal("0.5"),
            new CommissionPlan(CommissionPlan.Kind.PER_DEAL, new BigDecimal("3"), List.of()),
            List.of(new StageShare(PayoutStage.DOWN_PAYMENT_RECEIVED, new BigDecimal("0.5")),
                    new StageShare(PayoutStage.MORTGAGE_COMPLETED, new BigDecimal("0.5"))),
            new BigDecimal("0.2"), BigDecimal.ZERO);

    public OfficeCreditPolicy {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(bigDealThreshold, "bigDealThreshold");
        Objects.requireNonNull(weightAbove, "weightAbove");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(holdback, "holdback");
        Objects.requireNonNull(forfeitPerMille, "forfeitPerMille");
        payoutStages = List.copyOf(payoutStages);
        if (claimWindowDays < 0) {
            throw new IllegalArgumentException("claimWindowDays must not be negative");
        }
        BigDecimal total = payoutStages.stream().map(StageShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the payout stages' shares add up to " + total + ", not 1");
        }
        if (holdback.signum() < 0 || holdback.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("holdback must be between 0 and 1");
        }
        if (forfeitPerMille.signum() < 0) {
            throw new IllegalArgumentException("forfeitPerMille must not be negative");
        }
    }

    /** This policy recognising credit at another event and splitting by another rule (the other values kept). */
    public OfficeCreditPolicy withCrediting(Recognition recognition, Split split) {
        return new OfficeCreditPolicy(zone, recognition, split, claimWindowDays, bigDealThreshold, weightAbove, plan,
                payoutStages, holdback, forfeitPerMille);
    }

    /** This policy with another commission plan (the other values kept). */
    public OfficeCreditPolicy withPlan(CommissionPlan plan) {
        return new OfficeCreditPolicy(zone, recognition, split, claimWindowDays, bigDealThreshold, weightAbove, plan,
                payoutStages, holdback, forfeitPerMille);
    }

    /** This policy paying another ‰ of a forfeited amount (the other values kept). */
    public OfficeCreditPolicy withForfeitPerMille(BigDecimal perMille) {
        return new OfficeCreditPolicy(zone, recognition, split, claimWindowDays, bigDealThreshold, weightAbove, plan,
                payoutStages, holdback, perMille);
    }
}
