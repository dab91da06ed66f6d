package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an office sold over a period, as the industry reports it: units and amount subscribed and contracted,
 * net of the deals cancelled after signing (their price as it stood then) and moved by change orders (± the
 * price difference of swaps and price changes); the special discounts approved; forfeits; and the floor area
 * sold with its average price per m² against the list (from inventory's unit events: reserved by a formal
 * deposit or a swap, contracted, less the units released from either).
 *
 * @param subscribed subscriptions signed
 * @param contracted sales contracts signed
 * @param swaps units swapped by change orders (a swap moves the amount, not the number of units)
 * @param priceChanges price changes by change orders
 * @param discounts special discounts approved: how many and their total
 * @param forfeits deals ended by a forfeit, and what was kept from buyers on every cancellation
 */
public record Sales(Signed subscribed, Signed contracted, long swaps, long priceChanges, Tally discounts,
        Tally forfeits, ByArea reserved, ByArea contractedArea) {

    /**
     * Units sold by floor area: the area (m²), their price and list price, and per m² each, to the fen
     * (null without area); {@code againstListPercent} = price per m² over list per m² − 100, one decimal
     * (negative: sold below the list).
     */
    public record ByArea(BigDecimal area, BigDecimal price, BigDecimal listPrice, BigDecimal pricePerSquareMetre,
            BigDecimal listPerSquareMetre, BigDecimal againstListPercent) {

        static ByArea of(BigDecimal area, BigDecimal price, BigDecimal listPrice) {
            if (area.signum() <= 0) {
                return new ByArea(area, price, listPrice, null, null, null);
            }
            BigDecimal perM2 = price.divide(area, 2, RoundingMode.HALF_UP);
            BigDecimal listPerM2 = listPrice.divide(area, 2, RoundingMode.HALF_UP);
            BigDecimal against = listPrice.signum() == 0 ? null
                    : price.multiply(BigDecimal.valueOf(100)).divide(listPrice, 1, RoundingMode.HALF_UP)
                            .subtract(BigDecimal.valueOf(100));
            return new ByArea(area, price, listPrice, perM2, listPerM2, against);
        }
    }

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
                new Tally(f.count(Count.FORFEITS), f.amount(Amount.FORFEITED)),
                ByArea.of(f.amount(Amount.AREA_RESERVED), f.amount(Amount.PRICE_RESERVED), f.amount(Amount.LIST_RESERVED)),
                ByArea.of(f.amount(Amount.AREA_CONTRACTED), f.amount(Amount.PRICE_CONTRACTED),
                        f.amount(Amount.LIST_CONTRACTED)));
    }
}
