package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DealStateTest {

    static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    static DealState subscribedAt(String price) {
        return DealState.NEW.subscriptionSigned(cny(price)).next();
    }

    @Test
    @DisplayName("a subscription adds one unit and its price; the contract takes the price it states, else the deal's as it stands")
    void signing() {
        DealState.Effect subscribed = DealState.NEW.subscriptionSigned(cny("3200000.00"));
        assertThat(subscribed.figures().count(Count.SUBSCRIPTIONS)).isEqualTo(1);
        assertThat(subscribed.figures().amount(Amount.SUBSCRIBED)).isEqualByComparingTo("3200000.00");

        DealState.Effect contracted = subscribed.next().contractSigned(null);
        assertThat(contracted.figures().count(Count.CONTRACTS)).isEqualTo(1);
        assertThat(contracted.figures().amount(Amount.CONTRACTED)).isEqualByComparingTo("3200000.00");
        assertThat(subscribed.next().contractSigned(cny("3190000.00")).figures().amount(Amount.CONTRACTED))
                .isEqualByComparingTo("3190000.00");
    }

    @Test
    @DisplayName("a swap on a subscribed deal is one swap, not a unit: the subscribed amount moves by + (new − previous); its undo moves it back")
    void swapAndUndo() {
        DealState.Effect swap = subscribedAt("3150000.00").unitSwapped("SUBSCRIPTION_SIGNED", cny("3150000.00"),
                cny("3200000.00"));
        assertThat(swap.figures().count(Count.SWAPS)).isEqualTo(1);
        assertThat(swap.figures().count(Count.SUBSCRIPTIONS)).isZero();
        assertThat(swap.figures().amount(Amount.SWAPPED_SUBSCRIBED)).isEqualByComparingTo("50000.00");
        assertThat(swap.figures().amount(Amount.SWAPPED_CONTRACTED)).isZero();
        assertThat(swap.next().price()).isEqualByComparingTo("3200000.00");

        DealState.Effect undo = swap.next().unitSwapped("SUBSCRIPTION_SIGNED", cny("3200000.00"), cny("3150000.00"));
        Figures both = swap.figures().plus(undo.figures());
        assertThat(both.count(Count.SWAPS)).isEqualTo(2);
        assertThat(Sales.of(DealState.NEW.subscriptionSigned(cny("3150000.00")).figures().plus(both)).subscribed()
                .netAmount()).isEqualByComparingTo("3150000.00");
    }

    @Test
    @DisplayName("a swap before the subscription is signed moves no signed amount; on a contracted deal it moves both")
    void swapBySteps() {
        DealState.Effect early = DealState.NEW.unitSwapped("DEPOSIT_RECEIVED", cny("3000000.00"), cny("2900000.00"));
        assertThat(early.figures().amount(Amount.SWAPPED_SUBSCRIBED)).isZero();
        DealState.Effect late = subscribedAt("3000000.00").contractSigned(null).next()
                .unitSwapped("CONTRACT_SIGNED", cny("3000000.00"), cny("2900000.00"));
        assertThat(late.figures().amount(Amount.SWAPPED_SUBSCRIBED)).isEqualByComparingTo("-100000.00");
        assertThat(late.figures().amount(Amount.SWAPPED_CONTRACTED)).isEqualByComparingTo("-100000.00");
    }

    @Test
    @DisplayName("a price change moves the subscribed amount by the difference, and the contracted one once the contract is signed")
    void priceChange() {
        DealState.Effect change = subscribedAt("3230000.00").priceChanged(cny("3230000.00"), cny("3200000.00"));
        assertThat(change.figures().count(Count.PRICE_CHANGES)).isEqualTo(1);
        assertThat(change.figures().amount(Amount.REPRICED_SUBSCRIBED)).isEqualByComparingTo("-30000.00");
        assertThat(change.figures().amount(Amount.REPRICED_CONTRACTED)).isZero();
        DealState contracted = subscribedAt("3230000.00").contractSigned(null).next();
        assertThat(contracted.priceChanged(null, cny("3200000.00")).figures().amount(Amount.REPRICED_CONTRACTED))
                .isEqualByComparingTo("-30000.00");
    }

    @Test
    @DisplayName("DEAL-8: a cancellation after signing takes the unit and the price as it stood after the swap off the net figures; refunds off collections, forfeits kept")
    void cancellationSubtractsThePriceAsItStood() {
        DealState swapped = subscribedAt("3150000.00").unitSwapped("SUBSCRIPTION_SIGNED", null, cny("3200000.00")).next();
        DealState.Effect cancelled = swapped.cancelled(new DealState.Cancellation("SUBSCRIPTION_SIGNED",
                List.of(new DealState.Refund(cny("30000.00"), cny("20000.00"))), true));

        Figures all = DealState.NEW.subscriptionSigned(cny("3150000.00")).figures()
                .plus(subscribedAt("3150000.00").unitSwapped("SUBSCRIPTION_SIGNED", null, cny("3200000.00")).figures())
                .plus(cancelled.figures());
        Sales sales = Sales.of(all);
        assertThat(sales.subscribed().units()).isEqualTo(1);
        assertThat(sales.subscribed().cancelledUnits()).isEqualTo(1);
        assertThat(sales.subscribed().netUnits()).isZero();
        assertThat(sales.subscribed().cancelledAmount()).isEqualByComparingTo("3200000.00");
        assertThat(sales.subscribed().swapped()).isEqualByComparingTo("50000.00");
        assertThat(sales.subscribed().netAmount()).isZero();
        assertThat(sales.contracted().cancelledUnits()).isZero();
        assertThat(sales.forfeits()).isEqualTo(new Sales.Tally(1, cny("20000.00")));
        assertThat(all.amount(Amount.REFUNDED)).isEqualByComparingTo("30000.00");
        assertThat(Funnel.of(all).money().netCollected()).isEqualByComparingTo("-30000.00");
    }

    @Test
    @DisplayName("DEAL-8: a cancellation before the formal deposit refunds temporary deposits and takes nothing off the signed figures")
    void earlyCancellation() {
        DealState.Effect cancelled = DealState.NEW.cancelled(new DealState.Cancellation("TEMPORARY_DEPOSIT_RECEIVED",
                List.of(new DealState.Refund(cny("10000.00"), null)), false));
        assertThat(cancelled.figures().count(Count.CANCELLATIONS)).isEqualTo(1);
        assertThat(cancelled.figures().count(Count.CANCELLED_SUBSCRIPTIONS)).isZero();
        assertThat(cancelled.figures().amount(Amount.TEMPORARY_REFUNDED)).isEqualByComparingTo("10000.00");
        assertThat(cancelled.figures().amount(Amount.REFUNDED)).isZero();
        assertThat(cancelled.figures().count(Count.FORFEITS)).isZero();
    }

    @Test
    @DisplayName("DEAL-8: a cancellation that names no step takes back what the deal's own events said was signed")
    void cancellationWithoutStatus() {
        DealState contracted = subscribedAt("2000000.00").contractSigned(null).next();
        Figures figures = contracted.cancelled(new DealState.Cancellation(null, null, false)).figures();
        assertThat(figures.count(Count.CANCELLED_SUBSCRIPTIONS)).isEqualTo(1);
        assertThat(figures.count(Count.CANCELLED_CONTRACTS)).isEqualTo(1);
        assertThat(figures.amount(Amount.CANCELLED_CONTRACTED)).isEqualByComparingTo("2000000.00");
    }

    static DealState subscribedWithDownPayment() {
        return DealState.NEW.downPaymentDue(java.time.LocalDate.parse("2026-12-15")).next()
                .subscriptionSigned(cny("3200000.00"), "3-1802", cny("910000.00"), null, "COMMERCIAL_LOAN",
                        cny("2240000.00")).next();
    }

    @Test
    @DisplayName("a subscription's down payment is open until paid in full: the due date set before it, a partial payment leaves the rest, a price change restates it")
    void downPaymentOpenUntilPaid() {
        DealState deal = subscribedWithDownPayment();
        assertThat(deal.open()).hasValueSatisfying(open -> {
            assertThat(open.downPaymentOutstanding()).isEqualByComparingTo("910000.00");
            assertThat(open.downPaymentDue()).isEqualTo(java.time.LocalDate.parse("2026-12-15"));
            assertThat(open.unitCode()).isEqualTo("3-1802");
            assertThat(open.mortgageStage()).isEqualTo(DealState.MortgageStage.AWAITING_APPOINTMENT);
        });
        DealState.Effect partial = deal.downPaymentReceived(cny("400000.00"), cny("400000.00"));
        assertThat(partial.figures().amount(Amount.DOWN_PAYMENTS)).isEqualByComparingTo("400000.00");
        assertThat(partial.next().open().orElseThrow().downPaymentOutstanding()).isEqualByComparingTo("510000.00");
        DealState repriced = partial.next().priceChanged(null, cny("3100000.00"), cny("880000.00"), null).next();
        assertThat(repriced.open().orElseThrow().downPaymentOutstanding()).isEqualByComparingTo("480000.00");
        DealState moved = repriced.downPaymentDue(java.time.LocalDate.parse("2027-01-15")).next();
        assertThat(moved.open().orElseThrow().downPaymentDue()).isEqualTo(java.time.LocalDate.parse("2027-01-15"));
        DealState paid = moved.downPaymentReceived(cny("480000.00"), null).next();
        assertThat(paid.open().orElseThrow().downPaymentOutstanding()).isNull();
    }

    @Test
    @DisplayName("a mortgage is in progress from the subscription to the loan disbursed: awaiting the appointment, at the bank, then counted as disbursed with its loan")
    void mortgageStages() {
        DealState paid = subscribedWithDownPayment().downPaymentReceived(cny("910000.00"), cny("910000.00")).next();
        assertThat(paid.open().orElseThrow().mortgageStage()).isEqualTo(DealState.MortgageStage.AWAITING_APPOINTMENT);
        DealState atTheBank = paid.mortgageAppointed().next();
        assertThat(atTheBank.open().orElseThrow().mortgageStage()).isEqualTo(DealState.MortgageStage.AT_THE_BANK);
        DealState.Effect disbursed = atTheBank.mortgageCompleted("COMMERCIAL_LOAN", null);
        assertThat(disbursed.figures().count(Count.MORTGAGES_DISBURSED)).isEqualTo(1);
        assertThat(disbursed.figures().amount(Amount.LOANS_DISBURSED)).isEqualByComparingTo("2240000.00");
        assertThat(disbursed.next().open()).isEmpty();
    }

    @Test
    @DisplayName("DEAL-8: a cancelled deal has nothing open; a cash deal paid in full neither")
    void nothingOpen() {
        assertThat(subscribedWithDownPayment().cancelled(new DealState.Cancellation("SUBSCRIPTION_SIGNED", null, false))
                .next().open()).isEmpty();
        DealState cash = DealState.NEW.subscriptionSigned(cny("1000000.00"), "1-1", cny("1000000.00"),
                java.time.LocalDate.parse("2026-12-01"), "CASH", null).next();
        assertThat(cash.open()).isPresent();
        assertThat(cash.downPaymentReceived(cny("1000000.00"), cny("1000000.00")).next().open()).isEmpty();
    }
}
