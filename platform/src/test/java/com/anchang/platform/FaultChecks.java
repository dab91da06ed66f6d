package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the fault tests (issue 17) do and check on a platform they hurt: a deal of 滨江 held and its formal deposit
 * entered through the gateway, the deposit's effect in inventory, commission and notification checked once, and a
 * service's own health read straight from its port (the gateway does not route the actuator).
 */
final class FaultChecks {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final E2EPlatform e2e;

    FaultChecks(E2EPlatform e2e) {
        this.e2e = e2e;
    }

    Staff as(String username) {
        return e2e.gateway().as(username);
    }

    /** A deal of 滨江 on the unit, held (the deal saw inventory.unit-held). */
    String heldDeal(String unitId, String suffix) {
        String mobile = "1380000" + suffix;
        return Deals.heldDeal(as("bj.consultant1"), unitId, "lead-fault-" + suffix, "赵先生", mobile, "赵先生 138****" + suffix);
    }

    /** Finance enters the formal deposit; it waits for the second person (DEAL-1). Returns the payment's id. */
    String enterDeposit(String dealId) {
        JsonNode entered = ok(as("bj.finance").call("POST", "/api/deals/" + dealId + "/payments", Map.of(
                "purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                "downPaymentDueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString())));
        return entered.path("waitingPayment").path("paymentId").asText();
    }

    /**
     * transaction.deposit-received, applied once by each consumer: the unit reserved (inventory), the provisional
     * credit at the deal's price (commission), the buyer's two down-payment reminders, not four (notification).
     */
    void depositAppliedOnce(String dealId, String unitId) {
        await().atMost(EVENTUALLY).until(() -> "RESERVED".equals(as("bj.control").get("/api/inventory/units/" + unitId)
                .body().path("status").asText()));
        await().atMost(EVENTUALLY).until(() -> as("bj.pm").get("/api/commissions/deals/" + dealId).status() == 200);
        JsonNode credit = as("bj.pm").get("/api/commissions/deals/" + dealId).body();
        assertThat(credit.path("stage").asText()).as(credit.toString()).isEqualTo("PROVISIONAL");
        assertThat(new BigDecimal(credit.path("amount").asText())).isEqualByComparingTo(
                new BigDecimal(as("bj.pm").get("/api/deals/" + dealId).body().path("price").asText()));
        String reminders = "/api/notifications/deals/" + dealId + "/reminders";
        await().atMost(EVENTUALLY).until(() -> as("bj.consultant1").get(reminders).body().path("reminders").size() >= 2);
        assertThat(as("bj.consultant1").get(reminders).body().path("reminders")).hasSize(2);
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    /** The status of one component of a service's own health ({@code mongo}, {@code kafka}). */
    String component(String service, String component) throws Exception {
        HttpResponse<String> health = get(service, "/actuator/health");
        return JSON.readTree(health.body()).path("components").path(component).path("status").asText();
    }

    int status(String service, String path) throws Exception {
        return get(service, path).statusCode();
    }

    private HttpResponse<String> get(String service, String path) throws Exception {
        int port = e2e.platform().config().port(PlatformConfig.SERVICES.stream()
                .filter(s -> s.name().equals(service)).findFirst().orElseThrow());
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET straight to a service's port, with a demo user's token (what the gateway would pass on), headers included. */
    HttpResponse<String> direct(String service, String username, String path) throws Exception {
        int port = e2e.platform().config().port(PlatformConfig.SERVICES.stream()
                .filter(s -> s.name().equals(service)).findFirst().orElseThrow());
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + as(username).token()).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET through the gateway as the client sees it, headers included. */
    HttpResponse<String> throughGateway(String username, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(e2e.platform().config().gatewayUrl() + path))
                .header("Authorization", "Bearer " + as(username).token()).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
