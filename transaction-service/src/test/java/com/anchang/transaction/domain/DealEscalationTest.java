package com.anchang.transaction.domain;

import static com.anchang.transaction.domain.DealFixtures.PM;
import static com.anchang.transaction.domain.DealFixtures.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DEAL-7: what puts a deal on the PM's escalation list, once per cause, and how an entry is resolved. */
class DealEscalationTest {

    final DealFixtures f = new DealFixtures();

    /** The first instant of the day after the down payment's due date, at the office. */
    Instant dayAfterDue() {
        return f.due().plusDays(1).atStartOfDay(DealFixtures.SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("DEAL-7 overdue: an unpaid down payment goes on the list the day after its due date, not before, and once")
    void downPaymentOverdue() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);

        assertThat(deal.escalateDue(dayAfterDue().minusSeconds(1), f.policy())).isEmpty();
        assertThat(deal.nextEscalationAfter(f.now(), f.policy())).contains(dayAfterDue());
        List<DealEvent> raised = deal.escalateDue(dayAfterDue().plus(Duration.ofHours(30)), f.policy());

        assertThat(raised).singleElement().isInstanceOfSatisfying(DealEvent.EscalationRaised.class, e -> {
            assertThat(e.escalation().kind()).isEqualTo(Escalation.Kind.DOWN_PAYMENT_OVERDUE);
            assertThat(e.escalation().id()).isEqualTo("esc-down-payment-overdue-" + f.due());
            assertThat(e.escalation().detail()).contains("910000.00", "was due on " + f.due(), "2 days overdue");
        });
        assertThat(deal.escalateDue(dayAfterDue().plus(Duration.ofDays(5)), f.policy())).as("once per due date").isEmpty();
        assertThat(deal.nextEscalationAfter(dayAfterDue(), f.policy())).isEmpty();
        assertThat(deal.openEscalations()).hasSize(1);
        assertThat(deal.timeline().getLast().step()).isEqualTo(TimelineEntry.Step.ESCALATION_RAISED);
    }

    @Test
    @DisplayName("DEAL-7 overdue: a rescheduled due date is a new cause; a paid down payment is never overdue")
    void rescheduledAndPaid() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
        deal.rescheduleDownPayment(f.due().plusDays(7), "the buyer's bank limit", "u-pm-1", f.tick(), f.policy());

        assertThat(deal.escalateDue(dayAfterDue(), f.policy())).isEmpty();
        assertThat(deal.nextEscalationAfter(f.now(), f.policy())).contains(dayAfterDue().plus(Duration.ofDays(7)));

        Deal paid = new DealFixtures().at(DealStatus.DOWN_PAYMENT_RECEIVED);
        assertThat(paid.escalateDue(dayAfterDue().plus(Duration.ofDays(30)), f.policy())).isEmpty();
        assertThat(paid.nextEscalationAfter(f.now(), f.policy())).isEmpty();
    }

    @Test
    @DisplayName("DEAL-7 overdue: the down payment received resolves the entry, with who and the receipt")
    void paymentResolvesOverdue() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
        f.moveTo(dayAfterDue().plus(Duration.ofHours(2)));
        deal.escalateDue(f.now(), f.policy());

        Receipt receipt = f.pay(deal, f.transfer(PaymentPurpose.DOWN_PAYMENT, "910000"));

        assertThat(deal.openEscalations()).isEmpty();
        assertThat(deal.escalations()).singleElement().satisfies(e -> {
            assertThat(e.resolvedBy()).isEqualTo(PM.userId());
            assertThat(e.note()).contains(receipt.number(), "首期款");
        });
        assertThat(f.events).filteredOn(DealEvent.EscalationResolved.class::isInstance).hasSize(1);
    }

    @Test
    @DisplayName("DEAL-7 bounced cheque: the bounce puts the deal on the list in the same step; paid again, the entry is resolved")
    void bouncedCheque() {
        Deal deal = f.held();
        Receipt cheque = f.pay(deal, new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("50000"),
                PaymentMethod.CHEQUE, new PaymentDetails(null, "10250001", "工商银行", null, null, null, null), null,
                f.due()));
        String paymentId = cheque.paymentId();

        List<DealEvent> events = deal.settleCheque(paymentId, false, "存款不足", DealFixtures.FINANCE, f.tick());

        assertThat(events).filteredOn(DealEvent.EscalationRaised.class::isInstance).singleElement()
                .isInstanceOfSatisfying(DealEvent.EscalationRaised.class, e -> {
                    assertThat(e.escalation().kind()).isEqualTo(Escalation.Kind.CHEQUE_BOUNCED);
                    assertThat(e.escalation().reference()).isEqualTo(paymentId);
                    assertThat(e.escalation().detail()).contains("10250001", "存款不足", cheque.number());
                });

        f.pay(deal, new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("50000"), PaymentMethod.TRANSFER,
                PaymentDetails.none(), null, null));
        assertThat(deal.openEscalations()).isEmpty();
        assertThat(deal.escalations()).filteredOn(e -> e.kind() == Escalation.Kind.CHEQUE_BOUNCED).singleElement()
                .extracting(Escalation::note).asString().contains("正式定金");
    }

    @Test
    @DisplayName("DEAL-7 lapsing hold: a held unit without a formal deposit goes on the list the office's warning time before the hold lapses")
    void holdLapsing() {
        Deal deal = f.held();
        Instant lapses = deal.holdExpiresAt();
        Instant warned = lapses.minus(f.policy().holdLapseWarning());

        assertThat(deal.nextEscalationAfter(f.now(), f.policy())).contains(warned);
        assertThat(deal.escalateDue(warned.minusSeconds(1), f.policy())).isEmpty();
        assertThat(deal.escalateDue(warned, f.policy())).singleElement()
                .isInstanceOfSatisfying(DealEvent.EscalationRaised.class, e -> {
                    assertThat(e.escalation().kind()).isEqualTo(Escalation.Kind.HOLD_LAPSING);
                    assertThat(e.escalation().detail()).contains("3-1802", "lapses at", "no formal deposit");
                });
        assertThat(deal.escalateDue(lapses.plusSeconds(60), f.policy())).as("once per hold").isEmpty();

        f.pay(deal, f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
        assertThat(deal.openEscalations()).as("the formal deposit settles it").isEmpty();
    }

    @Test
    @DisplayName("DEAL-7 lapsing hold: a deal with its formal deposit in is not on the list for its hold")
    void depositedHoldIsNoConcern() {
        Deal deal = f.at(DealStatus.DEPOSIT_RECEIVED);

        assertThat(deal.escalateDue(deal.holdExpiresAt().plusSeconds(1), f.policy())).isEmpty();
    }

    @Test
    @DisplayName("DEAL-7 buyer unreachable / unanswered: one entry per reminder and kind, however often reported; none on an ended deal")
    void buyerNotReached() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);

        assertThat(deal.buyerNotReached(Escalation.Kind.BUYER_UNREACHABLE, "rem-1", "no channel", f.tick())).isPresent();
        assertThat(deal.buyerNotReached(Escalation.Kind.BUYER_UNREACHABLE, "rem-1", "no channel", f.tick())).isEmpty();
        assertThat(deal.buyerNotReached(Escalation.Kind.REMINDER_UNANSWERED, "rem-1", "no receipt", f.tick())).isPresent();
        assertThat(deal.openEscalations()).extracting(Escalation::id)
                .containsExactly("esc-buyer-unreachable-rem-1", "esc-reminder-unanswered-rem-1");

        Deal cancelled = new DealFixtures().at(DealStatus.CANCELLED);
        assertThat(cancelled.buyerNotReached(Escalation.Kind.BUYER_UNREACHABLE, "rem-2", "x", f.tick())).isEmpty();
    }

    @Test
    @DisplayName("DEAL-7: the PM resolves an entry with a note (who, when); anyone else is refused, and so is resolving it twice")
    void pmResolvesWithANote() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
        deal.buyerNotReached(Escalation.Kind.BUYER_UNREACHABLE, "rem-1", "no channel", f.tick());
        String id = deal.openEscalations().getFirst().id();

        refusedBy("DEAL-7", () -> deal.resolveEscalation(id, "called", DealFixtures.FINANCE, f.tick()));
        refusedBy("DEAL-7", () -> deal.resolveEscalation(id, "called", DealFixtures.CONSULTANT, f.tick()));
        DealFixtures.invalid("note", () -> deal.resolveEscalation(id, " ", PM, f.tick()));
        Instant at = f.tick();
        DealEvent resolved = deal.resolveEscalation(id, "买方已电话确认, 新号码已登记", PM, at);

        assertThat(resolved).isInstanceOfSatisfying(DealEvent.EscalationResolved.class, e -> {
            assertThat(e.escalation().resolvedBy()).isEqualTo("u-pm-1");
            assertThat(e.escalation().resolvedAt()).isEqualTo(at);
            assertThat(e.escalation().note()).isEqualTo("买方已电话确认, 新号码已登记");
        });
        assertThat(deal.openEscalations()).isEmpty();
        refusedBy("DEAL-7", () -> deal.resolveEscalation(id, "again", PM, f.tick()));
    }

    @Test
    @DisplayName("DEAL-7, DEAL-8: cancelling a deal resolves its open entries")
    void cancellationResolves() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
        deal.buyerNotReached(Escalation.Kind.REMINDER_UNANSWERED, "rem-1", "no receipt", f.tick());

        List<DealEvent> events = deal.cancel("the buyer withdrew", PaymentMethod.TRANSFER, PM, List.of(), f.tick(),
                f.policy());

        assertThat(events).filteredOn(DealEvent.EscalationResolved.class::isInstance).hasSize(1);
        assertThat(deal.openEscalations()).isEmpty();
        assertThat(deal.escalations().getFirst().note()).startsWith("deal cancelled");
    }
}
