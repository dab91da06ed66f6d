package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults while offices work (issue 17): a service killed with kill -9, the Kafka broker killed, the store
 * stopped — each while a deal is under way, then restarted by the test. Clients see 503s that a retry
 * resolves, never a wrong answer; the deal's events reach inventory and commission once; health says DOWN
 * and UP truthfully.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFaultsE2E {

    static final Duration EVENTUALLY = FaultChecks.EVENTUALLY;

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(33_000, "e2e-faults-var-");
    static final FaultChecks CHECKS = new FaultChecks(E2E);

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    @Test
    @Order(1)
    @DisplayName("kill -9 of transaction-service right after a deposit is confirmed: 503 while it is down, the same command retried after the restart has one effect, and the deposit reaches inventory and commission once")
    void killedServiceLosesAndDoublesNothing() throws Exception {
        String unitId = E2E.buildingId() + "-801";
        String dealId = heldDeal(unitId, "0801");
        String paymentId = enterDeposit(dealId);
        Map<String, String> sameKey = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String confirm = "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm";
        JsonNode confirmed = ok(as("bj.pm").call("POST", confirm, null, sameKey));
        assertThat(confirmed.path("receipts")).hasSize(1);

        E2E.platform().killService("transaction-service");

        Answer whileDown = as("bj.pm").get("/api/deals/" + dealId);
        assertThat(whileDown.status()).as(whileDown.body().toString()).isEqualTo(503);
        assertThat(whileDown.body().path("type").asText()).endsWith("/unavailable");

        E2E.platform().restartService("transaction-service");

        // the client retries the command it may not have seen answered: one receipt, the same one
        JsonNode retried = ok(as("bj.pm").call("POST", confirm, null, sameKey));
        assertThat(retried.path("receipts")).hasSize(1);
        assertThat(retried.path("receipts").get(0).path("number").asText())
                .isEqualTo(confirmed.path("receipts").get(0).path("number").asText());
        depositAppliedOnce(dealId, unitId);
    }

    @Test
    @Order(2)
    @DisplayName("the broker killed: a deposit is still confirmed (its events wait in the outbox), health says kafka DOWN while readiness stays UP; the broker restarted: UP again, and the events arrive once")
    void brokerKilledLosesNothing() throws Exception {
        String unitId = E2E.buildingId() + "-802";
        String dealId = heldDeal(unitId, "0802");
        String paymentId = enterDeposit(dealId);

        E2E.platform().killBroker();
        await().atMost(EVENTUALLY).until(() -> "DOWN".equals(component("transaction-service", "kafka")));
        assertThat(status("transaction-service", "/actuator/health/readiness")).isEqualTo(200);

        JsonNode confirmed = ok(as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId
                + "/confirm", null));
        assertThat(confirmed.path("receipts")).hasSize(1);
        assertThat(status("transaction-service", "/actuator/health")).isEqualTo(503);

        E2E.platform().startBroker();
        await().atMost(EVENTUALLY).until(() -> "UP".equals(component("transaction-service", "kafka")));
        depositAppliedOnce(dealId, unitId);
        await().atMost(EVENTUALLY).until(() -> status("transaction-service", "/actuator/health") == 200);
    }

    @Test
    @Order(3)
    @DisplayName("the store stopped: a read answers 503 with Retry-After within seconds, never a 500, and health says DOWN; started again: UP, and the answer is right")
    void storeStoppedAnswers503() throws Exception {
        String unitId = E2E.buildingId() + "-803";
        String dealId = heldDeal(unitId, "0803");

        E2E.platform().stopStore();
        try {
            long start = System.nanoTime();
            Answer whileDown = as("bj.pm").get("/api/deals/" + dealId);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(whileDown.status()).as(whileDown.body().toString()).isEqualTo(503);
            assertThat(whileDown.body().path("type").asText()).endsWith("/unavailable");
            assertThat(tookMillis).as("answered within the store's selection timeout, not the gateway's 15 s")
                    .isLessThan(12_000);
            await().atMost(EVENTUALLY).until(() -> "DOWN".equals(component("transaction-service", "mongo")));
        } finally {
            E2E.platform().startStore();
        }
        await().atMost(EVENTUALLY).until(() -> "UP".equals(component("transaction-service", "mongo")));
        JsonNode deal = ok(as("bj.pm").get("/api/deals/" + dealId));
        assertThat(deal.path("status").asText()).isEqualTo("UNIT_HELD");

        // and the platform works on: the deposit of this deal reaches inventory and commission once
        String paymentId = enterDeposit(dealId);
        ok(as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null));
        depositAppliedOnce(dealId, unitId);
    }

    @Test
    @Order(4)
    @DisplayName("two consumers killed at once while a deposit's events are on their way: both restarted, each applies the deposit once")
    void twoConsumersKilledAtOnce() throws Exception {
        String unitId = E2E.buildingId() + "-804";
        String dealId = heldDeal(unitId, "0804");
        String paymentId = enterDeposit(dealId);
        ok(as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null));

        Thread inventory = Thread.ofVirtual().start(() -> E2E.platform().killService("inventory-service"));
        E2E.platform().killService("notification-service");
        inventory.join();
        Answer whileDown = as("bj.control").get("/api/inventory/units/" + unitId);
        assertThat(whileDown.status()).as(whileDown.body().toString()).isEqualTo(503);

        E2E.platform().restartService("inventory-service");
        E2E.platform().restartService("notification-service");
        depositAppliedOnce(dealId, unitId);
    }

    private static String heldDeal(String unitId, String suffix) {
        return CHECKS.heldDeal(unitId, suffix);
    }

    private static String enterDeposit(String dealId) {
        return CHECKS.enterDeposit(dealId);
    }

    private static void depositAppliedOnce(String dealId, String unitId) {
        CHECKS.depositAppliedOnce(dealId, unitId);
    }

    private static JsonNode ok(Answer answer) {
        return FaultChecks.ok(answer);
    }

    private static String component(String service, String component) throws Exception {
        return CHECKS.component(service, component);
    }

    private static int status(String service, String path) throws Exception {
        return CHECKS.status(service, path);
    }
}
