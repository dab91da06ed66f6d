package com.anchang.transaction.domain;

import static com.anchang.transaction.domain.DealFixtures.CONSULTANT;
import static com.anchang.transaction.domain.DealFixtures.FINANCE;
import static com.anchang.transaction.domain.DealFixtures.PM;
import static com.anchang.transaction.domain.DealFixtures.invalid;
import static com.anchang.transaction.domain.DealFixtures.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DEAL-9: change orders — unit swap, buyer change, price change, forfeit — requested, decided by the PM, undone. */
class DealChangeOrdersTest {

    static final BigDecimal NEW_LIST = new BigDecimal("3300000.00");

    final DealFixtures deals = new DealFixtures();

    static UnitAvailability other(String status) {
        return new UnitAvailability("unit-3-1902", "3-1902", "office-1", status, NEW_LIST);
    }

    static Deal.ChangeRequest swap(UnitAvailability unit, String price) {
        return new Deal.ChangeRequest(ChangeOrder.Kind.UNIT_SWAP, "the buyer prefers the higher floor", unit,
                price == null ? null : new BigDecimal(price), null, null);
    }

    static Deal.ChangeRequest price(String price) {
        return new Deal.ChangeRequest(ChangeOrder.Kind.PRICE_CHANGE, "year-end discount", null, new BigDecimal(price),
                null, null);
    }

    static Deal.ChangeRequest addCoBuyer(String name) {
        return new Deal.ChangeRequest(ChangeOrder.Kind.BUYER_CHANGE, "the buyer's wife joins", null, null, name, null);
    }

    static final Deal.ChangeRequest FORFEIT = new Deal.ChangeRequest(ChangeOrder.Kind.FORFEIT, "the buyer walked away",
            null, null, null, null);

    List<DealEvent> approve(Deal deal, ChangeOrder order, UnitAvailability unitNow) {
        return deal.approveChange(order.id(), "approved", null, PaymentMethod.TRANSFER, unitNow, List.of(), PM,
                deals.tick(), deals.policy());
    }

    @Test
    @DisplayName("DEAL-9 unit swap (换房): requested by the consultant, approved by the PM: the deal is on the new unit at its list price less the approved discount, the receipts stay valid and count, the loans restated, one event naming both units")
    void unitSwapCarriesTheMoneyOver() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_SIGNED);
        List<Receipt> before = deal.receipts();

        ChangeOrder order = deal.requestChange(swap(other("AVAILABLE"), "3250000"), CONSULTANT, deals.tick());
        List<DealEvent> events = approve(deal, order, other("AVAILABLE"));

        assertThat(deal.unitId()).isEqualTo("unit-3-1902");
        assertThat(deal.unitCode()).isEqualTo("3-1902");
        assertThat(deal.listPrice()).isEqualByComparingTo(NEW_LIST);
        assertThat(deal.price()).isEqualByComparingTo("3250000.00");
        assertThat(deal.receipts()).isEqualTo(before);
        assertThat(deal.held()).isEqualByComparingTo("50000.00");
        assertThat(deal.subscription().price()).isEqualByComparingTo("3250000.00");
        assertThat(deal.subscription().loanAmount()).isEqualByComparingTo("2290000.00");
        assertThat(deal.status()).isEqualTo(DealStatus.SUBSCRIPTION_SIGNED);
        ReceivableSchedule schedule = ReceivableSchedule.of(deal, deals.now(), deals.policy());
        assertThat(schedule.paid()).isEqualByComparingTo("50000.00");
        assertThat(schedule.owed()).isEqualByComparingTo("3200000.00");
        assertThat(events).singleElement().isInstanceOfSatisfying(DealEvent.UnitSwapped.class, swapped -> {
            assertThat(swapped.previousUnitId()).isEqualTo("unit-3-1802");
            assertThat(swapped.previousPrice()).isEqualByComparingTo("3200000.00");
            assertThat(swapped.undo()).isFalse();
            assertThat(swapped.by()).isEqualTo("u-pm-1");
        });
        assertThat(deal.changeOrder(order.id()).status()).isEqualTo(ChangeOrder.Status.APPROVED);
        assertThat(deal.timeline()).extracting(TimelineEntry::step)
                .contains(TimelineEntry.Step.CHANGE_REQUESTED, TimelineEntry.Step.CHANGE_APPROVED);
    }

    @Test
    @DisplayName("UNIT-2: a swap to a unit sales control has held is refused at the request; taken before the PM approves, the approval is refused and the deal keeps its unit")
    void swapToATakenUnitIsRefused() {
        Deal deal = deals.at(DealStatus.DEPOSIT_RECEIVED);
        refusedBy("UNIT-2", () -> deal.requestChange(swap(other("HELD"), null), CONSULTANT, deals.tick()));

        ChangeOrder order = deal.requestChange(swap(other("AVAILABLE"), null), CONSULTANT, deals.tick());
        refusedBy("UNIT-2", () -> approve(deal, order, other("RESERVED")));

        assertThat(deal.unitId()).isEqualTo("unit-3-1802");
        assertThat(deal.price()).isEqualByComparingTo(DealFixtures.PRICE);
        assertThat(deal.changeOrder(order.id()).status()).isEqualTo(ChangeOrder.Status.REQUESTED);
    }

    @Test
    @DisplayName("DEAL-9 unit swap, bad input: the deal's own unit or a price above the new list price is 400 naming the field; before the formal deposit the swap is refused naming DEAL-9")
    void swapBadInput() {
        Deal deal = deals.at(DealStatus.DEPOSIT_RECEIVED);
        invalid("newUnitId", () -> deal.requestChange(swap(DealFixtures.unit("AVAILABLE"), null), CONSULTANT,
                deals.tick()));
        invalid("price", () -> deal.requestChange(swap(other("AVAILABLE"), "3300000.01"), CONSULTANT, deals.tick()));
        Deal held = deals.held();
        refusedBy("DEAL-9", () -> held.requestChange(swap(other("AVAILABLE"), null), CONSULTANT, deals.tick()));
        assertThat(deal.changeOrders()).isEmpty();
    }

    @Test
    @DisplayName("DEAL-9 buyer change (更名): a co-buyer added with LEAD-9's renaming check recorded; the PM approves only with their finding on it")
    void buyerChangeRecordsTheClaimCheck() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_APPROVED);
        ChangeOrder order = deal.requestChange(addCoBuyer("李女士"), CONSULTANT, deals.tick());
        assertThat(deal.nextSteps(deals.policy())).anySatisfy(next -> assertThat(next.action())
                .isEqualTo(NextStep.Action.DECIDE_CHANGE_ORDER));
        assertThat(order.claimCheck()).startsWith("LEAD-9").contains("lead-1").contains("李女士");

        invalid("claimCheckNote", () -> approve(deal, order, null));
        List<DealEvent> events = deal.approveChange(order.id(), "approved", "李女士 is the buyer's wife, nobody's lead",
                null, null, List.of(), PM, deals.tick(), deals.policy());

        assertThat(deal.coBuyers()).containsExactly("李女士");
        assertThat(deal.changeOrder(order.id()).claimCheckNote()).isEqualTo("李女士 is the buyer's wife, nobody's lead");
        assertThat(events).singleElement().isInstanceOf(DealEvent.BuyerChanged.class);
        invalid("removeCoBuyer", () -> deal.requestChange(new Deal.ChangeRequest(ChangeOrder.Kind.BUYER_CHANGE, "x",
                null, null, null, "王先生"), CONSULTANT, deals.tick()));
    }

    @Test
    @DisplayName("DEAL-9 price change: after the subscription, approved by the PM, the down payment and loans restated (UNIT-4 before the subscription; never below the money paid)")
    void priceChangeAfterTheSubscription() {
        Deal early = deals.at(DealStatus.DEPOSIT_RECEIVED);
        refusedBy("UNIT-4", () -> early.requestChange(price("3100000"), CONSULTANT, deals.tick()));

        Deal deal = deals.at(DealStatus.DOWN_PAYMENT_RECEIVED);
        invalid("price", () -> deal.requestChange(price("900000"), CONSULTANT, deals.tick()));
        ChangeOrder order = deal.requestChange(price("3100000"), CONSULTANT, deals.tick());
        List<DealEvent> events = approve(deal, order, null);

        assertThat(deal.price()).isEqualByComparingTo("3100000.00");
        assertThat(deal.subscription().downPaymentAmount()).isEqualByComparingTo("910000.00");
        assertThat(deal.subscription().loanAmount()).isEqualByComparingTo("2140000.00");
        assertThat(events).singleElement().isInstanceOfSatisfying(DealEvent.PriceChanged.class,
                changed -> assertThat(changed.previousPrice()).isEqualByComparingTo("3200000.00"));
    }

    @Test
    @DisplayName("DEAL-9 price change on a cash buyer who paid in full with the down payment: refused, 400 naming the price (nothing would be left to pay or the money would exceed it)")
    void priceChangeAfterACashBuyerPaidInFull() {
        Deal deal = deals.at(DealStatus.DEPOSIT_RECEIVED);
        deal.draftSubscription(Financing.CASH, new BigDecimal("3150000"), "330106198801012345", "c-1", deals.tick(),
                deals.policy());
        deal.approveSubscription(PM, deals.tick());
        deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), deals.tick());
        deals.pay(deal, deals.transfer(PaymentPurpose.DOWN_PAYMENT, "3150000"));

        invalid("price", () -> deal.requestChange(price("3250000"), CONSULTANT, deals.tick()));
        invalid("price", () -> deal.requestChange(price("3100000"), CONSULTANT, deals.tick()));
        assertThat(deal.changeOrders()).isEmpty();
    }

    @Test
    @DisplayName("DEAL-9 forfeit (挞定): the deal ends, the deposits kept (定金罚则) even where the office refunds on cancellation, the down payment refunded, the cancellation event shows the forfeit; never undone")
    void forfeitKeepsTheDeposits() {
        Deal deal = deals.at(DealStatus.DOWN_PAYMENT_RECEIVED);
        ChangeOrder order = deal.requestChange(FORFEIT, CONSULTANT, deals.tick());

        List<DealEvent> events = approve(deal, order, null);

        assertThat(deal.status()).isEqualTo(DealStatus.CANCELLED);
        Cancellation c = deal.cancellation();
        assertThat(c.forfeit()).isTrue();
        assertThat(c.refunds()).filteredOn(r -> r.purpose() == PaymentPurpose.FORMAL_DEPOSIT)
                .singleElement().satisfies(r -> {
                    assertThat(r.forfeited()).isEqualByComparingTo("50000.00");
                    assertThat(r.refunded()).isEqualByComparingTo("0.00");
                });
        assertThat(c.refunds()).filteredOn(r -> r.purpose() == PaymentPurpose.DOWN_PAYMENT)
                .singleElement().satisfies(r -> assertThat(r.refunded()).isEqualByComparingTo("910000.00"));
        assertThat(events.getFirst()).isInstanceOf(DealEvent.Cancelled.class);
        refusedBy("DEAL-9", () -> deal.undoChange(order.id(), "oops", null, PM, deals.tick()));
    }

    @Test
    @DisplayName("DEAL-9: a forfeit needs a deposit to keep; without one the PM cancels instead")
    void forfeitWithoutADeposit() {
        Deal deal = deals.held();
        refusedBy("DEAL-9", () -> deal.requestChange(FORFEIT, CONSULTANT, deals.tick()));
    }

    @Test
    @DisplayName("DEAL-9: only the consultant or the PM requests, only the PM approves, rejects or undoes; one change waits at a time; a rejected change leaves the deal as it was")
    void whoDecides() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_SIGNED);
        refusedBy("DEAL-9", () -> deal.requestChange(price("3100000"), FINANCE, deals.tick()));
        ChangeOrder order = deal.requestChange(price("3100000"), CONSULTANT, deals.tick());
        refusedBy("DEAL-9", () -> deal.requestChange(addCoBuyer("李女士"), CONSULTANT, deals.tick()));
        refusedBy("DEAL-9", () -> deal.approveChange(order.id(), "ok", null, null, null, List.of(), CONSULTANT,
                deals.tick(), deals.policy()));

        deal.rejectChange(order.id(), "the discount is not approved by the developer", PM, deals.tick());

        assertThat(deal.price()).isEqualByComparingTo(DealFixtures.PRICE);
        assertThat(deal.changeOrder(order.id()).status()).isEqualTo(ChangeOrder.Status.REJECTED);
        refusedBy("DEAL-9", () -> approve(deal, order, null));
    }

    @Test
    @DisplayName("DEAL-9 undo: the PM undoes an applied price change while the deal has not moved on; after money came in or the step moved, the undo is refused")
    void undoWhileTheDealHasNotMovedOn() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_SIGNED);
        ChangeOrder order = deal.requestChange(price("3100000"), CONSULTANT, deals.tick());
        approve(deal, order, null);

        List<DealEvent> undone = deal.undoChange(order.id(), "approved by mistake", null, PM, deals.tick());

        assertThat(deal.price()).isEqualByComparingTo(DealFixtures.PRICE);
        assertThat(deal.subscription().loanAmount()).isEqualByComparingTo("2240000.00");
        assertThat(undone).singleElement().isInstanceOfSatisfying(DealEvent.PriceChanged.class,
                changed -> assertThat(changed.undo()).isTrue());
        assertThat(deal.changeOrder(order.id()).status()).isEqualTo(ChangeOrder.Status.UNDONE);

        ChangeOrder again = deal.requestChange(price("3100000"), CONSULTANT, deals.tick());
        approve(deal, again, null);
        deals.pay(deal, deals.transfer(PaymentPurpose.DOWN_PAYMENT, "910000"));
        refusedBy("DEAL-9", () -> deal.undoChange(again.id(), "too late", null, PM, deals.tick()));
        assertThat(deal.price()).isEqualByComparingTo("3100000.00");
    }

    @Test
    @DisplayName("DEAL-9 undo of a swap: back to the previous unit while sales control has it available; taken since, refused naming UNIT-2; a later change is undone first")
    void undoASwap() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_SIGNED);
        ChangeOrder order = deal.requestChange(swap(other("AVAILABLE"), null), CONSULTANT, deals.tick());
        approve(deal, order, other("AVAILABLE"));
        ChangeOrder later = deal.requestChange(addCoBuyer("李女士"), CONSULTANT, deals.tick());
        deal.approveChange(later.id(), "ok", "nobody's lead", null, null, List.of(), PM, deals.tick(), deals.policy());

        refusedBy("DEAL-9", () -> deal.undoChange(order.id(), "back", DealFixtures.unit("AVAILABLE"), PM, deals.tick()));
        deal.undoChange(later.id(), "back", null, PM, deals.tick());
        refusedBy("UNIT-2", () -> deal.undoChange(order.id(), "back", DealFixtures.unit("HELD"), PM, deals.tick()));
        assertThat(deal.unitId()).isEqualTo("unit-3-1902");

        List<DealEvent> undone = deal.undoChange(order.id(), "back", DealFixtures.unit("AVAILABLE"), PM, deals.tick());

        assertThat(deal.unitId()).isEqualTo("unit-3-1802");
        assertThat(deal.price()).isEqualByComparingTo(DealFixtures.PRICE);
        assertThat(deal.coBuyers()).isEmpty();
        assertThat(undone).singleElement().isInstanceOfSatisfying(DealEvent.UnitSwapped.class, swapped -> {
            assertThat(swapped.previousUnitId()).isEqualTo("unit-3-1902");
            assertThat(swapped.undo()).isTrue();
        });
    }

    @Test
    @DisplayName("DEAL-9 compensation: sales control refuses the new unit after the approval (inventory.unit-swap-refused) — the deal goes back to its unit and price, the change order undone, once")
    void swapRefusedBySalesControl() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_SIGNED);
        ChangeOrder order = deal.requestChange(swap(other("AVAILABLE"), null), CONSULTANT, deals.tick());
        approve(deal, order, other("AVAILABLE"));

        List<DealEvent> back = deal.swapRefused(order.id(), "unit-3-1902", "UNIT-2", "reserved by another deal",
                deals.tick());
        List<DealEvent> again = deal.swapRefused(order.id(), "unit-3-1902", "UNIT-2", "reserved by another deal",
                deals.tick());

        assertThat(deal.unitId()).isEqualTo("unit-3-1802");
        assertThat(deal.price()).isEqualByComparingTo(DealFixtures.PRICE);
        assertThat(deal.subscription().loanAmount()).isEqualByComparingTo("2240000.00");
        assertThat(deal.changeOrder(order.id()).status()).isEqualTo(ChangeOrder.Status.UNDONE);
        assertThat(deal.changeOrder(order.id()).undoNote()).contains("UNIT-2");
        assertThat(back).singleElement().isInstanceOfSatisfying(DealEvent.UnitSwapped.class, swapped -> {
            assertThat(swapped.undo()).isTrue();
            assertThat(swapped.previousUnitId()).isEqualTo("unit-3-1902");
        });
        assertThat(again).isEmpty();
    }
}
