package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole platform as a user meets it: the embedded default (a real Kafka broker process, the
 * in-process MongoDB server, every service as its own process) driven through the gateway only.
 * One deal walks the skeleton: lead → deal (synchronous availability check) → hold (inventory) →
 * deal sees the hold (event) → deposit → the unit is reserved, the consultant is credited and the
 * buyer's reminders are planned (events) — with notification-service down while the deposit happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonE2E {

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(10_000, "e2e-var-");
    static String leadId;

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    static Answer call(String method, String path, Object body) {
        return E2E.gateway().call(method, path, body);
    }

    static Answer call(String method, String path, Object body, Map<String, String> headers) {
        return E2E.gateway().call(method, path, body, headers);
    }

    @Test
    @Order(1)
    @DisplayName("UNIT-5: the demo building is on the board through the gateway, 20 floors × 4 units, all available")
    void demoBuildingOnTheBoard() {
        Answer board = as("bj.consultant1").get("/api/inventory/buildings/" + E2E.buildingId());

        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body().get("officeId").asText()).isEqualTo("office-binjiang");
        assertThat(board.body().get("grid")).hasSize(20);
        assertThat(board.body().get("counts").get("AVAILABLE").asInt()).isEqualTo(80);
    }

    @Test
    @Order(2)
    @DisplayName("a deal walks lead → availability check → hold → deposit, and its events reach inventory, commission and notification")
    void walkingSkeleton() throws Exception {
        String unitId = E2E.buildingId() + "-1801";

        Staff owner = as("bj.consultant1");
        Staff closer = as("bj.consultant2");
        Answer lead = owner.call("POST", "/api/leads", Map.of("officeId", "office-binjiang",
                "consent", "VERBAL", "customerName", "王先生", "mobile", "138 1234 5678", "source", "WALK_IN"));
        assertThat(lead.status()).as(lead.body().toString()).isEqualTo(201);
        leadId = lead.body().get("leadId").asText();
        assertThat(lead.body().get("mobile").asText()).as("the owner sees their own customer's number (LEAD-10)")
                .doesNotContain("****").contains("5678");

        Answer deal = closer.call("POST", "/api/deals", Map.of("officeId", "office-binjiang",
                "unitId", unitId, "leadId", leadId, "buyerName", "王先生", "buyerMobile", "13812345678"));
        assertThat(deal.status()).as(deal.body().toString()).isEqualTo(201);
        String dealId = deal.body().get("dealId").asText();

        Answer hold = closer.call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", "王先生 138****5678"));
        assertThat(hold.status()).as(hold.body().toString()).isEqualTo(200);

        // inventory.unit-held crosses to transaction-service
        await().atMost(Duration.ofSeconds(30)).until(() -> "UNIT_HELD".equals(
                closer.get("/api/deals/" + dealId).body().path("status").asText()));

        // a second deal on the held unit is refused by the synchronous check (UNIT-2)
        Answer second = as("bj.consultant3").call("POST", "/api/deals", Map.of("officeId", "office-binjiang",
                "unitId", unitId, "leadId", leadId, "buyerName", "李女士", "buyerMobile", "13900001111"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("rule").asText()).isEqualTo("UNIT-2");

        // notification-service is down while the deposit is taken: nothing may be lost
        E2E.platform().stopService("notification-service");

        LocalDate due = LocalDate.now().plusDays(30);
        String traceId = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
                .putLong(System.nanoTime()).putLong(dealId.hashCode()).array());
        Staff finance = as("bj.finance");
        Answer entered = finance.call("POST", "/api/deals/" + dealId + "/payments", Map.of("purpose", "FORMAL_DEPOSIT",
                "amount", "50000.00", "method", "TRANSFER", "downPaymentDueDate", due.toString()));
        assertThat(entered.status()).as(entered.body().toString()).isEqualTo(200);
        String paymentId = entered.body().path("waitingPayment").path("paymentId").asText();
        // DEAL-1: the second person confirms with their own sign-in; only then is the deposit received
        Answer deposit = as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null,
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(deposit.status()).as(deposit.body().toString()).isEqualTo(200);

        // transaction.deposit-received reserves the unit (inventory) and records a provisional credit by the lead's
        // owner at the deposit (commission, COMM-1; recognised at the subscription or the contract, office policy)
        await().atMost(Duration.ofSeconds(30)).until(() -> "RESERVED".equals(
                closer.get("/api/inventory/units/" + unitId).body().path("status").asText()));
        await().atMost(Duration.ofSeconds(30)).until(() -> owner.userId().equals(finance.get("/api/commissions/deals/"
                + dealId).body().path("why").path("ownerConsultantId").asText()));
        JsonNode credit = finance.get("/api/commissions/deals/" + dealId).body();

        // the caller's trace id travelled gateway → transaction-service → Kafka → the consumers' structured logs
        Path inventoryLog = E2E.platform().config().logs().resolve("inventory-service.log");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readAllLines(inventoryLog).stream()
                .anyMatch(line -> line.contains("applied transaction.deposit-received") && line.contains(traceId)));
        assertThat(credit.get("stage").asText()).isEqualTo("PROVISIONAL");
        assertThat(credit.path("why").path("ownerConsultantId").asText()).isEqualTo(owner.userId());
        assertThat(credit.get("closingConsultantId").asText()).isEqualTo(closer.userId());

        // notification-service comes back and catches up: the buyer's down-payment reminders (NOTE-1)
        E2E.platform().restartService("notification-service");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                closer.get("/api/notifications/deals/" + dealId + "/reminders").status() == 200);
        JsonNode reminders = closer.get("/api/notifications/deals/" + dealId + "/reminders").body().get("reminders");
        assertThat(reminders).hasSize(2);
    }

    @Test
    @Order(3)
    @DisplayName("the demo staff are real users: a consultant signs in at the gateway and /api/identity/me reads the token")
    void demoUsersSignIn() throws Exception {
        Answer signIn = call("POST", "/auth/sign-in", Map.of("username", "bj.consultant1", "password", DemoData.DEMO_PASSWORD));
        assertThat(signIn.status()).as(signIn.body().toString()).isEqualTo(200);
        String token = signIn.body().get("accessToken").asText();
        assertThat(call("POST", "/auth/sign-in", Map.of("username", "bj.consultant1", "password", "wrong-password-1"))
                .status()).isEqualTo(401);

        Answer me = call("GET", "/api/identity/me", null, Map.of("Authorization", "Bearer " + token));

        assertThat(me.status()).as(me.body().toString()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("bj.consultant1");
        assertThat(me.body().get("developerId").asText()).isEqualTo("dev-huaxin");
        assertThat(me.body().toString()).contains("office-binjiang").contains("CONSULTANT");
        assertThat(call("GET", "/api/identity/me", null).status()).isEqualTo(401);
    }

    @Test
    @Order(4)
    @DisplayName("bad input through the gateway answers 4xx problem details, never 5xx; an unknown id answers 404")
    void badInputThroughTheGateway() {
        Staff consultant = as("bj.consultant1");
        Answer malformed = consultant.call("POST", "/api/deals", "{\"unitId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("type").asText()).isNotBlank();

        Answer badMobile = consultant.call("POST", "/api/leads", Map.of("officeId", "office-binjiang",
                "consent", "VERBAL", "customerName", "赵先生", "mobile", "12345", "source", "WALK_IN"));
        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(badMobile.body().get("field").asText()).isEqualTo("mobile");

        assertThat(consultant.get("/api/deals/deal-unknown").status()).isEqualTo(404);
        assertThat(consultant.get("/api/inventory/units/unit-unknown").status()).isEqualTo(404);
        assertThat(consultant.get("/api/nowhere").status()).isEqualTo(404);
        assertThat(call("GET", "/api/deals/deal-unknown", null).status()).as("no token").isEqualTo(401);
        assertThat(consultant.call("GET", "/api/deals/deal-unknown", null, Map.of("X-Padding", "x".repeat(32 * 1024)))
                .status()).as("huge header").isBetween(400, 499);
    }

    @Test
    @Order(5)
    @DisplayName("office isolation and LEAD-10 through the gateway: another office sees nothing, colleagues see a masked phone, PM and head office see it in full and are audited")
    void officeIsolationThroughTheGateway() {
        assertThat(leadId).as("the walking skeleton registered a lead").isNotNull();
        Staff otherOffice = as("xh.consultant1");
        assertThat(otherOffice.get("/api/leads/" + leadId).status()).isEqualTo(404);
        assertThat(otherOffice.get("/api/inventory/buildings/" + E2E.buildingId()).status()).isEqualTo(404);
        assertThat(otherOffice.call("POST", "/api/leads", Map.of("officeId", "office-binjiang", "consent", "VERBAL", "customerName", "钱先生",
                "mobile", "13700001111", "source", "WALK_IN")).status()).as("registering in an office not theirs").isEqualTo(404);

        assertThat(as("bj.consultant2").get("/api/leads/" + leadId).body().get("mobile").asText())
                .as("a colleague sees a masked phone").isEqualTo("138****5678");
        assertThat(as("bj.pm").get("/api/leads/" + leadId).body().get("mobile").asText()).doesNotContain("****");
        assertThat(as("hq.director").get("/api/leads/" + leadId).body().get("mobile").asText()).doesNotContain("****");
        assertThat(as("bj.finance").call("POST", "/api/inventory/buildings", Map.of()).status())
                .as("finance does not catalogue buildings").isIn(400, 403);

        Answer audit = as("bj.pm").get("/api/leads/audit?officeId=office-binjiang");
        assertThat(audit.status()).as(audit.body().toString()).isEqualTo(200);
        assertThat(audit.body().toString()).contains(leadId).contains(as("hq.director").userId());
        assertThat(as("bj.consultant2").get("/api/leads/audit?officeId=office-binjiang").status()).isEqualTo(403);
    }

    @Test
    @Order(6)
    @DisplayName("every process reports UP and the whole platform stays within its memory budget")
    void healthAndMemory() {
        assertThat(E2E.platform().statusTable()).allSatisfy(row -> assertThat(row[2]).as(row[0]).isEqualTo("UP"));
        System.out.printf("E2E platform resident memory: %d MiB%n", E2E.platform().totalRssKib() / 1024);
    }

    @Test
    @Order(7)
    @DisplayName("every service's OpenAPI document, as the gateway serves it, names each operation's problem answers (Redocly's lint passes, operation-4xx-response an error) and is the one the web app's types are checked against (web/openapi/)")
    void openApiDocumentsPassTheLint() throws Exception {
        Path documents = Files.createDirectories(Path.of("target", "openapi"));
        ObjectMapper canonical = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        List<String> command = new ArrayList<>(List.of(Path.of("..", "web", "node_modules", ".bin", "redocly").toString(),
                "lint", "--config", Path.of("..", "web", "redocly.yaml").toString(), "--format", "stylish"));
        List<String> stale = new ArrayList<>();
        for (String service : List.of("lead", "inventory", "transaction", "commission", "dashboard", "notification",
                "identity")) {
            Answer document = call("GET", "/docs/" + service + "/v3/api-docs", null);
            assertThat(document.status()).as(service + "'s document").isEqualTo(200);
            assertThat(document.body().get("paths").size()).as(service + "'s operations").isPositive();
            ObjectNode served = document.body().deepCopy();
            served.remove("servers"); // this run's own address
            Path file = documents.resolve(service + ".json");
            Files.writeString(file, canonical.writeValueAsString(canonical.convertValue(served, Map.class)) + "\n");
            command.add(file.toString());
            Path kept = Path.of("..", "web", "openapi", service + ".json");
            if (!Files.exists(kept) || !canonical.readTree(kept.toFile()).equals(canonical.readTree(file.toFile()))) {
                stale.add(service);
            }
        }
        assertThat(stale).as("web/openapi/ is what the web app's types are checked against (src/api/contracts.test.ts):"
                + " copy platform/target/openapi/<service>.json there for %s", stale).isEmpty();
        assertThat(Path.of(command.getFirst())).as("Redocly's CLI, installed by the web module's npm ci").exists();
        ProcessBuilder lint = new ProcessBuilder(command).redirectErrorStream(true);
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process running = lint.start();
        String report = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(2, TimeUnit.MINUTES)).as("the lint finished").isTrue();
        Files.writeString(documents.resolve("lint.txt"), report);
        assertThat(running.exitValue()).as(report).isZero();
        assertThat(report).as(report).doesNotContain("operation-4xx-response");
    }
}
