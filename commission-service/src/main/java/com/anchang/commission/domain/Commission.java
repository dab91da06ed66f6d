package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deal's commission terms and the money collected so far. The plan, the payout schedule and the
 * holdback in force when the deal's credit was recognised are frozen with it, as is each credited
 * consultant's rate (the tier they reached that month); stages collected before the recognition are
 * remembered and paid once it comes.
 *
 * @param plan the plan in force at the recognition, null before it
 * @param rates each credited consultant's frozen rate
 * @param schedule the payout stages in force at the recognition, empty before it
 * @param holdback the share of each payout held back until the handover, at the recognition
 * @param collected the stages whose money has been collected
 * @param handedOver whether the unit was handed over: the rest is paid and the holdback released
 */
public record Commission(CommissionPlan plan, List<Rate> rates, List<OfficeCreditPolicy.StageShare> schedule,
        BigDecimal holdback, List<PayoutStage> collected, boolean handedOver) {

    /**
     * A consultant's rate on this deal.
     *
     * @param perMille ‰ of the consultant's credited amount
     * @param monthBefore the consultant's credited total that month before this deal (MONTHLY_TIERS)
     * @param adjustment what the month's earlier deals owe at the new rate when this deal crossed a tier
     * @param tier which rate applies and why, in words
     */
    public record Rate(String consultantId, BigDecimal perMille, BigDecimal monthBefore, BigDecimal adjustment,
            String tier) {
    }

    public static final Commission NONE = new Commission(null, List.of(), List.of(), BigDecimal.ZERO, List.of(), false);

    public Commission {
        rates = List.copyOf(rates);
        schedule = List.copyOf(schedule);
        collected = List.copyOf(collected);
    }

    public boolean frozen() {
        return plan != null;
    }

    public Commission freeze(OfficeCreditPolicy policy) {
        return frozen() ? this : new Commission(policy.plan(), rates, policy.payoutStages(), policy.holdback(), collected,
                handedOver);
    }

    public Optional<Rate> rateOf(String consultantId) {
        return rates.stream().filter(r -> r.consultantId().equals(consultantId)).findFirst();
    }

    public Commission with(Rate rate) {
        List<Rate> more = new ArrayList<>(rates);
        more.add(rate);
        return new Commission(plan, more, schedule, holdback, collected, handedOver);
    }

    public Commission collected(PayoutStage stage) {
        if (collected.contains(stage)) {
            return this;
        }
        List<PayoutStage> more = new ArrayList<>(collected);
        more.add(stage);
        return new Commission(plan, rates, schedule, holdback, more, handedOver);
    }

    public Commission handedOverNow() {
        return new Commission(plan, rates, schedule, holdback, collected, true);
    }

    /** The share of the commission whose money is in: the collected stages', all of it after the handover. */
    public BigDecimal paidShare() {
        if (handedOver) {
            return BigDecimal.ONE;
        }
        return schedule.stream().filter(s -> collected.contains(s.stage())).map(OfficeCreditPolicy.StageShare::share)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
