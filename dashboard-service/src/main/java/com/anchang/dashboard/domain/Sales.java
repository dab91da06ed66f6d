package com.anchang.dashboard.domain;

import java.math.BigDecimal;

/**
 * What an office sold over a period, as the industry reports it: units and amount subscribed and contracted,
 * net of the deals cancelled after signing (their price as it stood then) and moved by change orders (± the
 * price difference of swaps and price changes); the special discounts approved; forfeits. Floor area is not
 * here: no event states a unit's area.
 *
 * @param subscribed subscriptions signed
 * @param contracted sales contracts signed
 * @param swaps units swapped by change orders (a swap moves the amount, not the number of units)
 * @param priceChanges price changes by change orders
 * @param discounts special discounts approved: how many and their total
 * @param forfeits deals ended by a forfeit, and what was kept from buyers on every cancellation
 */
public record Sales(Signed subscribed, Signed contracted, long swaps, long priceChanges, Tally discounts,
        Tally forfeits) {

    /**
     * @param units signed in the period
     * @param cancelledUnits of them (or of earlier periods) cancelled after signing, in the period
     * @param netUnits units − cancelledUnits
     * @param amount the prices signed
     * @param cancelledAmount the price of the cancelled ones, as it stood when cancelled
     * @param swapped ± the price difference of swaps on signed deals
     * @param repriced ± the price difference of price changes on signed deals
     * @param netAmount amount − cancelledAmount + swapped + repriced
     */
    public record Signed(long units, long cancelledUnits, long netUnits, BigDecimal amount, BigDecimal cancelledAmount,
            BigDecimal swapped, BigDecimal repriced, BigDecimal netAmount) {

        static Signed of(long units, long cancelledUnits, BigDecimal amount, BigDecimal cancelledAmount,
                BigDecimal swapped, BigDecimal repriced) {
            return new Signed(units, cancelledUnits, units - cancelledUnits, amount, cancelledAmount, swapped, repriced,
                    amount.subtract(cancelledAmount).add(swapped).add(repriced));
        }
    }

    /** A number of things and an amount. */
    public record Tally(long count, BigDecimal total) {
    }

    public static Sales of(Figures f) {
        return new Sales(
                Signed.of(f.count(Count.SUBSCRIPTIONS), f.count(Count.CANCELLED_SUBSCRIPTIONS), f.amount(Amount.SUBSCRIBED),
                        f.amount(Amount.CANCELLED_SUBSCRIBED), f.amount(Amount.SWAPPED_SUBSCRIBED),
                        f.amount(Amount.REPRICED_SUBSCRIBED)),
                Signed.of(f.count(Count.CONTRACTS), f.count(Count.CANCELLED_CONTRACTS), f.amount(Amount.CONTRACTED),
                        f.amount(Amount.CANCELLED_CONTRACTED), f.amount(Amount.SWAPPED_CONTRACTED),
                        f.amount(Amount.REPRICED_CONTRACTED)),
                f.count(Count.SWAPS), f.count(Count.PRICE_CHANGES),
                new Tally(f.count(Count.DISCOUNTS_APPROVED), f.amount(Amount.DISCOUNTS)),
                new Tally(f.count(Count.FORFEITS), f.amount(Amount.FORFEITED)));
    }
}
