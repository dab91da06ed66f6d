package com.anchang.transaction.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DEAL-1/2 (ADR 13): a confirmation that stopped between the register's receipt and the deal's write is completed. */
class ResumingConfirmationsTest {

    final DealFixtures f = new DealFixtures();
    final InMemoryDeals deals = new InMemoryDeals();
    final ResumingConfirmations resuming = new ResumingConfirmations(deals, f.register, office -> f.policy(),
            Duration.ofMinutes(2));

    /** Finance entered the formal deposit, the PM confirmed, the register issued its receipt — and the process stopped. */
    Receipt stoppedHalfWay(Deal deal) {
        Payment payment = f.enter(deal, f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
        Instant at = f.tick();
        Receipt draft = deal.receiptFor(payment.id(), DealFixtures.PM, at, f.policy());
        return f.register.issue(ReceiptSeries.of(f.policy().receiptPrefix(), at, f.policy().zone()), draft);
    }

    @Test
    @DisplayName("DEAL-1: a receipt issued for a waiting payment that the deal never took is taken by the sweep once it has settled, with its events; once")
    void completesAStalledConfirmation() {
        Deal deal = f.held();
        Receipt issued = stoppedHalfWay(deal);
        deals.insert(deal, List.of());

        assertThat(resuming.resume(issued.issuedAt().plusSeconds(60))).as("still settling").isZero();
        assertThat(resuming.resume(issued.issuedAt().plus(Duration.ofMinutes(3)))).isEqualTo(1);

        Deal resumed = deals.find(deal.id()).orElseThrow();
        assertThat(resumed.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
        assertThat(resumed.waiting()).isEmpty();
        assertThat(resumed.receipts()).extracting(Receipt::number).containsExactly(issued.number());
        assertThat(resumed.receipts().getFirst().confirmedBy()).isEqualTo("u-pm-1");
        assertThat(deals.published).hasAtLeastOneElementOfType(DealEvent.DepositReceived.class)
                .hasAtLeastOneElementOfType(DealEvent.ReceiptIssued.class);
        assertThat(resuming.resume(issued.issuedAt().plus(Duration.ofMinutes(10)))).as("done once").isZero();
    }

    @Test
    @DisplayName("DEAL-1, DEAL-8: a deal cancelled after such a stop has nothing to complete (its cancellation voided the receipt)")
    void cancelledMeanwhile() {
        Deal deal = f.held();
        Receipt issued = stoppedHalfWay(deal);
        deal.cancel("the buyer withdrew", PaymentMethod.TRANSFER, DealFixtures.PM, List.of(issued), f.tick(), f.policy());
        deals.insert(deal, List.of());

        assertThat(resuming.resume(issued.issuedAt().plus(Duration.ofMinutes(3)))).isZero();
        assertThat(deals.find(deal.id()).orElseThrow().status()).isEqualTo(DealStatus.CANCELLED);
    }
}
