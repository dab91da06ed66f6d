package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The sales funnel of an office (or of several) over a period, from its summed figures: receptions (visits
 * and calls), new leads, temporary deposits, formal deposits, subscriptions, contracts; each step's
 * conversion from the step before it; the net figures as the industry reports them.
 */
public record Funnel(List<Step> steps, long cancellations, long netSubscriptions, long netContracts, Money money) {

    /**
     * One step; conversion is this step's count over the previous step's, as a percentage with one decimal,
     * null for the first step or when the previous step is zero.
     */
    public record Step(String name, long count, BigDecimal conversionPercent) {
    }

    /**
     * @param collected formal deposits and down payments received (a formal deposit includes the temporary one it takes over)
     * @param refunded refunded on cancellations of deals that had reached their formal deposit
     * @param netCollected collected − refunded
     * @param temporaryDeposits temporary deposits received (shown beside, not in collected)
     */
    public record Money(BigDecimal collected, BigDecimal refunded, BigDecimal netCollected, BigDecimal temporaryDeposits,
            BigDecimal temporaryRefunded, BigDecimal formalDeposits, BigDecimal downPayments, BigDecimal subscribed,
            BigDecimal contracted) {
    }

    public static Funnel of(Figures f) {
        long[] counts = {
                f.count(Count.VISITS) + f.count(Count.CALLS),
                f.count(Count.NEW_LEADS),
                f.count(Count.TEMPORARY_DEPOSITS),
                f.count(Count.FORMAL_DEPOSITS),
                f.count(Count.SUBSCRIPTIONS),
                f.count(Count.CONTRACTS)};
        String[] names = {"receptions", "newLeads", "temporaryDeposits", "formalDeposits", "subscriptions", "contracts"};
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            steps.add(new Step(names[i], counts[i], i == 0 ? null : percent(counts[i], counts[i - 1])));
        }
        BigDecimal collected = f.amount(Amount.FORMAL_DEPOSITS).add(f.amount(Amount.DOWN_PAYMENTS));
        BigDecimal refunded = f.amount(Amount.REFUNDED);
        Money money = new Money(collected, refunded, collected.subtract(refunded), f.amount(Amount.TEMPORARY_DEPOSITS),
                f.amount(Amount.TEMPORARY_REFUNDED), f.amount(Amount.FORMAL_DEPOSITS), f.amount(Amount.DOWN_PAYMENTS),
                f.amount(Amount.SUBSCRIBED), f.amount(Amount.CONTRACTED));
        return new Funnel(steps, f.count(Count.CANCELLATIONS),
                f.count(Count.SUBSCRIPTIONS) - f.count(Count.CANCELLED_SUBSCRIPTIONS),
                f.count(Count.CONTRACTS) - f.count(Count.CANCELLED_CONTRACTS), money);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
