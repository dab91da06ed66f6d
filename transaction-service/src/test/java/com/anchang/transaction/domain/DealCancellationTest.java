package com.anchang.transaction.domain;

import static com.anchang.transaction.domain.DealFixtures.CONSULTANT;
import static com.anchang.transaction.domain.DealFixtures.FINANCE;
import static com.anchang.transaction.domain.DealFixtures.PM;
import static com.anchang.transaction.domain.DealFixtures.entry;
import static com.anchang.transaction.domain.DealFixtures.invalid;
import static com.anchang.transaction.domain.DealFixtures.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DEAL-8: cancellation at any step before the handover. */
class DealCancellationTest {

    final DealFixtures deals = new DealFixtures();

    @Test
    @DisplayName("DEAL-8: the PM cancels after the formal deposit with a reason: every open receipt voided, the money refunded, the subscription voided, one event for the unit's release")
    void cancelledAfterTheFormalDeposit() {
        Deal deal = deals.opened();
        deals.pay(deal, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));
        deals.hold(deal);
        Receipt formal = deals.pay(deal, new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("40000"),
                PaymentMethod.CASH, null, null, DealFixtures.DUE));
        deal.draftSubscription(Financing.COMMERCIAL_LOAN, new BigDecimal("910000"), "330106198801012345", "c-1",
                deals.tick(), deals.policy());

        List<DealEvent> events = deal.cancel("the buyer withdrew", PaymentMethod.TRANSFER, PM, List.of(), deals.tick(),
                deals.policy());

        assertThat(deal.status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(events.getFirst()).isInstanceOf(DealEvent.Cancelled.class);
        assertThat(events).filteredOn(DealEvent.ReceiptVoided.class::isInstance).hasSize(1);
        Cancellation c = deal.cancellation();
        assertThat(c.reason()).isEqualTo("the buyer withdrew");
        assertThat(c.cancelledBy()).isEqualTo("u-pm-1");
        assertThat(c.cancelledAtStatus()).isEqualTo(DealStatus.SUBSCRIPTION_DRAFTED);
        assertThat(c.voidedReceipts()).containsExactly(formal.number());
        assertThat(c.refunds()).extracting(Cancellation.Refund::refunded)
                .containsExactly(new BigDecimal("10000.00"), new BigDecimal("40000.00"));
        assertThat(c.refunds()).allSatisfy(r -> assertThat(r.method()).isEqualTo(PaymentMethod.TRANSFER));
        assertThat(c.refunded()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(deal.receipts()).extracting(Receipt::status)
                .containsExactly(Receipt.Status.RECLAIMED, Receipt.Status.VOIDED);
        assertThat(deal.subscription().status()).isEqualTo(Subscription.Status.VOIDED);
    }

    @Test
    @DisplayName("DEAL-8: an office that forfeits deposits (定金罚则) records them kept; the down payment is refunded all the same")
    void depositsForfeitedByPolicy() {
        deals.with(DealFixtures.policy(false, DealPolicy.DepositOnCancellation.FORFEIT));
        Deal deal = deals.at(DealStatus.DOWN_PAYMENT_RECEIVED);

        deal.cancel("the buyer withdrew", PaymentMethod.TRANSFER, PM, List.of(), deals.tick(), deals.policy());

        assertThat(deal.cancellation().refunds()).satisfiesExactly(
                deposit -> {
                    assertThat(deposit.purpose()).isEqualTo(PaymentPurpose.FORMAL_DEPOSIT);
                    assertThat(deposit.forfeited()).isEqualTo(new BigDecimal("50000.00"));
                    assertThat(deposit.refunded()).isZero();
                    assertThat(deposit.method()).isNull();
                },
                down -> {
                    assertThat(down.purpose()).isEqualTo(PaymentPurpose.DOWN_PAYMENT);
                    assertThat(down.refunded()).isEqualTo(new BigDecimal("910000.00"));
                });
        assertThat(deal.cancellation().forfeited()).isEqualTo(new BigDecimal("50000.00"));
    }

    @Test
    @DisplayName("DEAL-8: a waiting payment is dropped, and a receipt the register issued for it before an interruption is voided too; an uncleared cheque is handed back")
    void waitingMoneyAndChequesOnCancellation() {
        Deal deal = deals.held();
        Receipt cheque = deals.pay(deal, new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("50000"),
                PaymentMethod.CHEQUE, new PaymentDetails(null, "10250001", null, null, null, null, null), null,
                DealFixtures.DUE));
        DealFixtures other = new DealFixtures();
        Deal second = other.held();
        Payment waiting = second.enterPayment(entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"), FINANCE, other.tick(),
                other.policy());
        Receipt untaken = other.register.issue(ReceiptSeries.of("BJ", other.now(), DealFixtures.SHANGHAI),
                second.receiptFor(waiting.id(), PM, other.tick(), other.policy()));

        second.cancel("the unit was sold twice by mistake", null, PM, List.of(untaken), other.tick(), other.policy());
        deal.cancel("the buyer withdrew", PaymentMethod.CASH, PM, List.of(), deals.tick(), deals.policy());

        assertThat(second.payments()).singleElement().extracting(Payment::status).isEqualTo(Payment.Status.DISCARDED);
        assertThat(second.receipts()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(untaken.number());
            assertThat(r.status()).isEqualTo(Receipt.Status.VOIDED);
        });
        assertThat(second.cancellation().voidedReceipts()).containsExactly(untaken.number());
        assertThat(deal.cancellation().refunds()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(PaymentMethod.CHEQUE);
            assertThat(r.note()).contains("10250001", "handed back uncleared");
        });
        assertThat(deal.cancellation().voidedReceipts()).containsExactly(cheque.number());
    }

    @Test
    @DisplayName("DEAL-8: safe to repeat — a cancelled deal cancelled again changes nothing; every other step is refused naming DEAL-8")
    void cancelledIsFinal() {
        Deal deal = deals.at(DealStatus.CANCELLED);
        int timeline = deal.timeline().size();

        assertThat(deal.cancel("again", PaymentMethod.TRANSFER, PM, List.of(), deals.tick(), deals.policy())).isEmpty();
        assertThat(deal.timeline()).hasSize(timeline);
        refusedBy("DEAL-8", () -> deals.enter(deal, entry(PaymentPurpose.DOWN_PAYMENT, "1000")));
        refusedBy("DEAL-8", () -> deal.unitHeld("unit-3-1802", deals.tick(), deals.tick().plusSeconds(60)));
        refusedBy("DEAL-8", () -> deal.handOver("c-1", deals.tick()));
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"OPENED", "TEMPORARY_DEPOSIT_RECEIVED", "UNIT_HELD", "DEPOSIT_RECEIVED",
            "SUBSCRIPTION_SIGNED", "ELIGIBILITY_CHECKED", "CONTRACT_SIGNED", "MORTGAGE_APPOINTED", "MORTGAGE_COMPLETED"})
    @DisplayName("DEAL-8: cancellable at any step before the handover, with every open receipt voided")
    void cancellableAtAnyStep(DealStatus status) {
        Deal deal = new DealFixtures().at(status);

        deal.cancel("the buyer withdrew", PaymentMethod.TRANSFER, PM, List.of(), deals.tick(), deals.policy());

        assertThat(deal.status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(deal.receipts()).noneMatch(Receipt::open);
        assertThat(deal.cancellation().refunded()).isEqualTo(deal.held());
    }

    @Test
    @DisplayName("DEAL-8: only the PM cancels, with a reason and a refund method when money is held; a handed-over deal is no longer cancelled")
    void whoAndWhatACancellationNeeds() {
        Deal deal = deals.at(DealStatus.DEPOSIT_RECEIVED);
        refusedBy("DEAL-8", () -> deal.cancel("withdrew", PaymentMethod.TRANSFER, FINANCE, List.of(), deals.tick(),
                deals.policy()));
        invalid("reason", () -> deal.cancel(" ", PaymentMethod.TRANSFER, PM, List.of(), deals.tick(), deals.policy()));
        invalid("refundMethod", () -> deal.cancel("withdrew", null, PM, List.of(), deals.tick(), deals.policy()));
        assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);

        refusedBy("DEAL-8", () -> new DealFixtures().at(DealStatus.HANDED_OVER).cancel("too late",
                PaymentMethod.TRANSFER, PM, List.of(), deals.tick(), deals.policy()));
    }

    @Test
    @DisplayName("DEAL-8: a deal opened in error (its hold refused) is withdrawn by its own consultant while nothing is paid: cancelled, one event, nothing refunded; withdrawn again changes nothing")
    void withdrawnByItsConsultantWhileOpened() {
        Deal deal = deals.opened();

        List<DealEvent> events = deal.withdraw("房源已被他人锁定", CONSULTANT, deals.tick());

        assertThat(deal.status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(events).singleElement().isInstanceOf(DealEvent.Cancelled.class);
        assertThat(deal.cancellation().cancelledBy()).isEqualTo("c-1");
        assertThat(deal.cancellation().cancelledAtStatus()).isEqualTo(DealStatus.OPENED);
        assertThat(deal.cancellation().refunds()).isEmpty();
        assertThat(deal.withdraw("again", CONSULTANT, deals.tick())).isEmpty();
    }

    @Test
    @DisplayName("DEAL-8: past its opening, or with money entered, or by a colleague, a deal is not withdrawn: the PM cancels it")
    void withdrawalRefusedOnceTheDealMoved() {
        Deal held = deals.at(DealStatus.UNIT_HELD);
        refusedBy("DEAL-8", () -> held.withdraw("changed my mind", CONSULTANT, deals.tick()));
        assertThat(held.status()).isEqualTo(DealStatus.UNIT_HELD);

        Deal paid = deals.opened();
        deals.pay(paid, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));
        refusedBy("DEAL-8", () -> paid.withdraw("changed my mind", PM, deals.tick()));

        Deal colleagues = deals.opened();
        refusedBy("DEAL-8", () -> colleagues.withdraw("not mine", StaffMember.of("c-2", StaffRole.CONSULTANT),
                deals.tick()));
        invalid("reason", () -> colleagues.withdraw(" ", CONSULTANT, deals.tick()));
        assertThat(colleagues.status()).isEqualTo(DealStatus.OPENED);
    }
}
