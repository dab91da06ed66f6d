package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The sales funnel of an office (or of several) over a period, from its summed figures: receptions (visits
 * and calls), new leads, temporary deposits, formal deposits, subscriptions, contracts; each step's
 * conversion from the step before it; the net figures as the industry reports them; what was sold ({@link Sales}).
 */
public record Funnel(List<Step> steps, long cancellations, long netSubscriptions, long netContracts, Money money,
        Sales sales) {

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
     * @param loansDisbursed mortgage loans the banks disbursed (回款 from the banks)
     * @param collectionPercent collection rate (回款率): (net collected + loans disbursed) over the net contracted
     *        amount of the same period, in percent with one decimal; null when nothing net was contracted
     */
    public record Money(BigDecimal collected, BigDecimal refunded, BigDecimal netCollected, BigDecimal temporaryDeposits,
            BigDecimal temporaryRefunded, BigDecimal formalDeposits, BigDecimal downPayments, BigDecimal subscribed,
            BigDecimal contracted, BigDecimal loansDisbursed, BigDecimal collectionPercent) {
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
        Sales sales = Sales.of(f);
        BigDecimal netCollected = collected.subtract(refunded);
        BigDecimal loans = f.amount(Amount.LOANS_DISBURSED);
        Money money = new Money(collected, refunded, netCollected, f.amount(Amount.TEMPORARY_DEPOSITS),
                f.amount(Amount.TEMPORARY_REFUNDED), f.amount(Amount.FORMAL_DEPOSITS), f.amount(Amount.DOWN_PAYMENTS),
                f.amount(Amount.SUBSCRIBED), f.amount(Amount.CONTRACTED), loans,
                percent(netCollected.add(loans), sales.contracted().netAmount()));
        return new Funnel(steps, f.count(Count.CANCELLATIONS),
                f.count(Count.SUBSCRIPTIONS) - f.count(Count.CANCELLED_SUBSCRIPTIONS),
                f.count(Count.CONTRACTS) - f.count(Count.CANCELLED_CONTRACTS), money, sales);
    }

    /** part over whole in percent with one decimal; null when whole is not positive. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
