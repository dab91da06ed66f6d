package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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

    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(33_000, "e2e-faults-var-");

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
        String mobile = "1380000" + suffix;
        return Deals.heldDeal(as("bj.consultant1"), unitId, "lead-fault-" + suffix, "赵先生", mobile,
                "赵先生 138****" + suffix);
    }

    /** Finance enters the formal deposit; it waits for the second person (DEAL-1). */
    private static String enterDeposit(String dealId) {
        JsonNode entered = ok(as("bj.finance").call("POST", "/api/deals/" + dealId + "/payments", Map.of(
                "purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                "downPaymentDueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString())));
        return entered.path("waitingPayment").path("paymentId").asText();
    }

    /**
     * transaction.deposit-received, applied once by each consumer: the unit reserved (inventory), the provisional
     * credit at the deal's price (commission), the buyer's two down-payment reminders, not four (notification).
     */
    private static void depositAppliedOnce(String dealId, String unitId) {
        await().atMost(EVENTUALLY).until(() -> "RESERVED".equals(as("bj.control").get("/api/inventory/units/" + unitId)
                .body().path("status").asText()));
        await().atMost(EVENTUALLY).until(() -> as("bj.pm").get("/api/commissions/deals/" + dealId).status() == 200);
        JsonNode credit = as("bj.pm").get("/api/commissions/deals/" + dealId).body();
        assertThat(credit.path("stage").asText()).as(credit.toString()).isEqualTo("PROVISIONAL");
        assertThat(new java.math.BigDecimal(credit.path("amount").asText())).isEqualByComparingTo(
                new java.math.BigDecimal(as("bj.pm").get("/api/deals/" + dealId).body().path("price").asText()));
        String reminders = "/api/notifications/deals/" + dealId + "/reminders";
        await().atMost(EVENTUALLY).until(() -> as("bj.consultant1").get(reminders).body().path("reminders").size() >= 2);
        assertThat(as("bj.consultant1").get(reminders).body().path("reminders")).hasSize(2);
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    /** A service's own health (straight to its port: the gateway does not route the actuator). */
    private static String component(String service, String component) throws Exception {
        HttpResponse<String> health = get(service, "/actuator/health");
        return JSON.readTree(health.body()).path("components").path(component).path("status").asText();
    }

    private static int status(String service, String path) throws Exception {
        return get(service, path).statusCode();
    }

    private static HttpResponse<String> get(String service, String path) throws Exception {
        int port = E2E.platform().config().port(PlatformConfig.SERVICES.stream()
                .filter(s -> s.name().equals(service)).findFirst().orElseThrow());
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
