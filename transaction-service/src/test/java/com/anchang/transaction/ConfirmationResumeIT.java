package com.anchang.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import com.anchang.transaction.domain.ReceiptSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** DEAL-1/2 (ADR 13) on the stores: the confirmation-resume job completes a confirmation that stopped half-way. */
@ServiceIntegrationTest
class ConfirmationResumeIT extends FakeInventory {

    @Autowired
    DealRepository deals;
    @Autowired
    ReceiptRegister register;
    @Autowired
    DealPolicies policies;
    @Autowired
    List<PeriodicJob> jobs;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("DEAL-1: the register's receipt for a waiting payment, never taken by the deal, is taken by the confirmation-resume job once settled")
    void resumesOnTheStores() {
        DealFixtures f = new DealFixtures("dev-resume", "office-resume", "c-resume", register,
                policies.forOffice("office-resume"), Instant.now());
        Deal deal = f.held();
        Payment payment = f.enter(deal, f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
        Instant at = f.tick();
        Receipt issued = register.issue(ReceiptSeries.of(f.policy().receiptPrefix(), at, f.policy().zone()),
                deal.receiptFor(payment.id(), DealFixtures.PM, at, f.policy()));
        assertThat(deals.insert(deal, List.of())).isTrue();
        PeriodicJob job = jobs.stream().filter(j -> j.name().equals("confirmation-resume")).findFirst().orElseThrow();

        job.runAt(at.plus(Duration.ofSeconds(30)));
        assertThat(deals.find(deal.id()).orElseThrow().waiting()).as("still settling").isPresent();
        String did = job.runAt(at.plus(Duration.ofMinutes(3)));

        Deal resumed = deals.find(deal.id()).orElseThrow();
        assertThat(did).contains("completed 1");
        assertThat(resumed.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
        assertThat(resumed.receipts()).extracting(Receipt::number).containsExactly(issued.number());
        await("the events the deal took are published").until(() -> mongo.getCollection("deals")
                .find(new Document("_id", deal.id())).first().getList("outbox", Object.class, List.of()).isEmpty());
    }
}
