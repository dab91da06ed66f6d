package com.anchang.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.HostileInput;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.ReceiptRegister;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Hostile input for every operation of transaction-service's OpenAPI document (issue: proof of reliability):
 * every answer a 4xx problem naming the field or a correct 2xx, never a 5xx, and nothing stored by a refusal.
 */
@ServiceIntegrationTest
// A context of its own, so a store of its own (InProcessMongo starts one per context): after each refusal the
// whole store is compared with before, and in the context the other ITs share it held their thousands of deals
// (184 s in a full run, 38 s alone). It needs no events in: its listeners stay stopped.
@TestPropertySource(properties = "spring.kafka.listener.auto-startup=false")
class TransactionHostileInputIT extends FakeInventory {

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DealRepository deals;
    @Autowired
    ReceiptRegister register;
    @Autowired
    DealPolicies policies;

    String dealAt(DealStatus status) {
        Deal deal = new DealFixtures(AuthorizationMatrix.HOME_DEVELOPER, AuthorizationMatrix.HOME_OFFICE,
                AuthorizationMatrix.OWNER, register, policies.forOffice(AuthorizationMatrix.HOME_OFFICE), Instant.now())
                .at(status);
        assertThat(deals.insert(deal, List.of())).isTrue();
        return deal.id();
    }

    @Test
    @DisplayName("hostile input (DEAL-0..9): ≥ 200 cases from the OpenAPI document, 0 × 5xx, every refusal a problem and nothing stored")
    void everyOperation() {
        String dealId = dealAt(DealStatus.SUBSCRIPTION_SIGNED);
        Deal deal = deals.find(dealId).orElseThrow();
        String receipt = deal.receipts().isEmpty() ? "BJ-2026-000001" : deal.receipts().getLast().number();

        HostileInput.assertCleanAsEach("transaction-service", Map.of("PM", server.as(Who.PM.staff().token())),
                hostile -> hostile
                .id("dealId", dealId).id("number", receipt)
                .store(mongo.getDb()), 200);
    }
}
