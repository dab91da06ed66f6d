package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.transaction.DealOpened;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on the real broker and the in-process Mongo, with WireMock standing in for
 * inventory-service's HTTP API (sales control).
 */
@ServiceIntegrationTest
class TransactionServiceIT {

    static final JsonMapper JSON = new JsonMapper();
    static final String OFFICE = "office-1";
    /** The time limiter: generous, because the first call through Feign in a cold test JVM takes a second or two. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final int WINDOW = 4;
    static final WireMockServer INVENTORY = new WireMockServer(options().dynamicPort());

    static {
        INVENTORY.start();
    }

    @DynamicPropertySource
    static void inventory(DynamicPropertyRegistry registry) {
        registry.add("transaction.inventory.url", INVENTORY::baseUrl);
        registry.add("transaction.inventory.timeout", TIMEOUT::toString);
        registry.add("transaction.inventory.sliding-window", () -> WINDOW);
    }

    @AfterAll
    static void stopInventory() {
        INVENTORY.stop();
    }

    @Autowired
    TestHttp http;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void freshDownstream() {
        INVENTORY.resetAll();
        breakers.find("inventory-service").ifPresent(CircuitBreaker::reset);
    }

    /** inventory-service answers for one unit with this status (and fields this service does not read). */
    static void salesControlSays(String unitId, String code, String status) {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/" + unitId)).willReturn(okJson(JSON.writeValueAsString(
                Map.of("unitId", unitId, "officeId", OFFICE, "buildingId", "bld-1", "code", code, "status", status,
                        "listPrice", 3256800.00, "floor", 18)))));
    }

    static Map<String, Object> openRequest(String unitId) {
        return Map.of("developerId", "dev-1", "officeId", OFFICE, "unitId", unitId, "consultantId", "c-1",
                "leadId", "lead-1", "buyerName", "王先生", "buyerMobile", "13812345678");
    }

    static Map<String, Object> depositRequest(String receivedBy, String witnessedBy) {
        return Map.of("amount", "50000.00", "method", "TRANSFER", "receivedBy", receivedBy, "witnessedBy", witnessedBy,
                "downPaymentDueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
    }

    String openDeal(String unitId) {
        salesControlSays(unitId, "3-" + unitId.substring(unitId.length() - 4), "AVAILABLE");
        Answer opened = http.call("POST", "/api/deals", openRequest(unitId));
        assertThat(opened.status()).as(String.valueOf(opened.body())).isEqualTo(201);
        return opened.text("dealId");
    }

    long dealsOnUnit(String unitId) {
        return mongo.count(query(where("unitId").is(unitId)), "deals");
    }

    UnitHeld heldFor(String dealId, String unitId) {
        Instant now = Instant.now();
        return new UnitHeld(unitId, "dev-1", OFFICE, "bld-1", "3-1802", dealId, "c-1", "王先生 138****5678",
                new BigDecimal("3256800.00"), now, now.plus(Duration.ofHours(48)));
    }

    double unitHeldConsumed() {
        var counter = meters.find("anchang.events.consumed").tag("type", UnitHeld.TYPE).tag("outcome", "applied").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @DisplayName("UNIT-2: a unit sales control confirms AVAILABLE opens a deal (201), published as transaction.deal-opened v1")
    void opensDealOnAvailableUnit() {
        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            String dealId = openDeal("unit-1801");

            assertThat(dealId).startsWith("deal-");
            Answer deal = http.get("/api/deals/" + dealId);
            assertThat(deal.status()).isEqualTo(200);
            assertThat(deal.map()).containsEntry("status", "OPENED").containsEntry("unitCode", "3-1801")
                    .containsEntry("buyerMobile", "138****5678");

            ConsumerRecord<String, String> record = capture.awaitRecords(r -> dealId.equals(r.key())).getFirst();
            assertThat(EventCapture.header(record, EventHeaders.TYPE)).isEqualTo(DealOpened.TYPE);
            assertThat(EventCapture.header(record, EventHeaders.OFFICE_ID)).isEqualTo(OFFICE);
            DealOpened opened = EventJson.read(record.value(), DealOpened.class);
            assertThat(opened.unitId()).isEqualTo("unit-1801");
            assertThat(opened.leadId()).isEqualTo("lead-1");
        }
    }

    @Test
    @DisplayName("UNIT-2: a unit sales control says is held is refused with 409 naming the rule, nothing stored; an unknown unit is 400 naming unitId")
    void refusesUnitNotAvailableOrUnknown() {
        salesControlSays("unit-1802", "3-1802", "HELD");

        Answer refused = http.call("POST", "/api/deals", openRequest("unit-1802"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.map()).containsEntry("rule", "UNIT-2").containsEntry("detail", "unit 3-1802 is held");
        assertThat(dealsOnUnit("unit-1802")).isZero();

        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/no-such-unit")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"unit no-such-unit not found\"}")));
        Answer unknown = http.call("POST", "/api/deals", openRequest("no-such-unit"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.map()).containsEntry("field", "unitId");
        assertThat(dealsOnUnit("no-such-unit")).isZero();
    }

    @Test
    @DisplayName("sales control answering 500 or too slowly: 503 'availability unknown, try again', nothing stored")
    void inventoryFailingOrSlowIsUnavailable() {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/unit-0500")).willReturn(aResponse().withStatus(500)));
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/unit-0900")).willReturn(okJson(
                "{\"unitId\":\"unit-0900\",\"officeId\":\"office-1\",\"code\":\"3-0900\",\"status\":\"AVAILABLE\"}")
                .withFixedDelay(8_000)));

        Answer failing = http.call("POST", "/api/deals", openRequest("unit-0500"));
        long started = System.nanoTime();
        Answer slow = http.call("POST", "/api/deals", openRequest("unit-0900"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failing.status()).isEqualTo(503);
        assertThat(failing.map()).containsEntry("detail", "availability of unit unit-0500 unknown, try again");
        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.map()).containsEntry("detail", "availability of unit unit-0900 unknown, try again");
        assertThat(waited).as("answered at the time limit, not when inventory finally answered")
                .isLessThan(TIMEOUT.plusSeconds(2));
        assertThat(dealsOnUnit("unit-0500")).isZero();
        assertThat(dealsOnUnit("unit-0900")).isZero();
    }

    @Test
    @DisplayName("after repeated failures the circuit opens: 503 at once, inventory-service is left alone")
    void circuitOpensAfterRepeatedFailures() {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/unit-0501")).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < WINDOW; i++) {
            assertThat(http.call("POST", "/api/deals", openRequest("unit-0501")).status()).isEqualTo(503);
        }

        salesControlSays("unit-0502", "3-0502", "AVAILABLE");
        Answer whileOpen = http.call("POST", "/api/deals", openRequest("unit-0502"));

        assertThat(whileOpen.status()).isEqualTo(503);
        assertThat(whileOpen.map()).containsEntry("detail", "availability of unit unit-0502 unknown, try again");
        INVENTORY.verify(WINDOW, getRequestedFor(urlEqualTo("/api/inventory/units/unit-0501")));
        INVENTORY.verify(0, getRequestedFor(urlEqualTo("/api/inventory/units/unit-0502")));
        assertThat(dealsOnUnit("unit-0502")).isZero();
    }

    @Test
    @DisplayName("UNIT-2, DEAL-1: sales control's hold (delivered twice, applied once) lets the deposit in, published as transaction.deposit-received v1")
    void holdThenDeposit() {
        String dealId = openDeal("unit-2001");
        Answer tooEarly = http.call("POST", "/api/deals/" + dealId + "/deposit", depositRequest("u-finance-1", "u-pm-1"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.map()).containsEntry("rule", "UNIT-2");

        String eventId = UUID.randomUUID().toString();
        UnitHeld held = heldFor(dealId, "unit-2001");
        double consumedBefore = unitHeldConsumed();
        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("transaction-service"));
                EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            TestEvents.publish(kafka, Topics.INVENTORY, "unit-2001", OFFICE, eventId, held);
            TestEvents.publish(kafka, Topics.INVENTORY, "unit-2001", OFFICE, eventId, held);

            await().until(() -> "UNIT_HELD".equals(http.get("/api/deals/" + dealId).map().get("status")));
            await().until(() -> unitHeldConsumed() >= consumedBefore + 2);
            Document stored = mongo.getCollection("deals").find(new Document("_id", dealId)).first();
            assertThat(stored.getList("appliedEventIds", String.class)).containsExactly(eventId);
            assertThat(deadLetters.ofType(UnitHeld.TYPE)).isEmpty();

            Answer sameHands = http.call("POST", "/api/deals/" + dealId + "/deposit", depositRequest("u-pm-1", "u-pm-1"));
            assertThat(sameHands.status()).isEqualTo(409);
            assertThat(sameHands.map()).containsEntry("rule", "DEAL-1");

            Answer deposit = http.call("POST", "/api/deals/" + dealId + "/deposit", depositRequest("u-finance-1", "u-pm-1"));
            assertThat(deposit.status()).as(String.valueOf(deposit.body())).isEqualTo(200);
            assertThat(deposit.map()).containsEntry("status", "DEPOSIT_RECEIVED");
            assertThat((Map<String, Object>) deposit.map().get("deposit")).containsEntry("receivedBy", "u-finance-1")
                    .containsEntry("witnessedBy", "u-pm-1");

            List<ConsumerRecord<String, String>> received = capture.awaitRecords(r -> dealId.equals(r.key())
                    && DepositReceived.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)));
            DepositReceived event = EventJson.read(received.getFirst().value(), DepositReceived.class);
            assertThat(event.amount()).isEqualTo(new BigDecimal("50000.00"));
            assertThat(event.buyerMobile()).isEqualTo("13812345678");
            assertThat(event.downPaymentDueDate()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30));
        }
    }

    @Test
    @DisplayName("a hold for a deal this service does not know is skipped, not dead-lettered")
    void holdForUnknownDealSkipped() {
        double consumedBefore = unitHeldConsumed();
        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("transaction-service"))) {
            TestEvents.publish(kafka, Topics.INVENTORY, "unit-3001", OFFICE, UUID.randomUUID().toString(),
                    heldFor("deal-elsewhere", "unit-3001"));

            await().until(() -> unitHeldConsumed() >= consumedBefore + 1);
            assertThat(mongo.getCollection("deals").countDocuments(new Document("_id", "deal-elsewhere"))).isZero();
            assertThat(deadLetters.ofType(UnitHeld.TYPE)).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("bad input answers 400 naming the field and stores nothing (sales control is not even asked); an unknown deal answers 404")
    void badInputAndUnknownDeal() {
        Map<String, Object> badMobile = new java.util.HashMap<>(openRequest("unit-4001"));
        badMobile.put("buyerMobile", "12345");
        Answer answer = http.call("POST", "/api/deals", badMobile);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map()).containsEntry("field", "buyerMobile");
        Map<String, Object> noUnit = new java.util.HashMap<>(openRequest("unit-4001"));
        noUnit.remove("unitId");
        assertThat(http.call("POST", "/api/deals", noUnit).map()).containsEntry("field", "unitId");
        INVENTORY.verify(0, getRequestedFor(urlEqualTo("/api/inventory/units/unit-4001")));
        assertThat(dealsOnUnit("unit-4001")).isZero();

        String dealId = openDeal("unit-4002");
        Map<String, Object> fractionOfFen = new java.util.HashMap<>(depositRequest("a", "b"));
        fractionOfFen.put("amount", "50000.001");
        assertThat(http.call("POST", "/api/deals/" + dealId + "/deposit", fractionOfFen).map()).containsEntry("field", "amount");
        Map<String, Object> noWitness = new java.util.HashMap<>(depositRequest("a", "b"));
        noWitness.remove("witnessedBy");
        assertThat(http.call("POST", "/api/deals/" + dealId + "/deposit", noWitness).map()).containsEntry("field", "witnessedBy");
        Map<String, Object> badMethod = new java.util.HashMap<>(depositRequest("a", "b"));
        badMethod.put("method", "BITCOIN");
        Answer wrongMethod = http.call("POST", "/api/deals/" + dealId + "/deposit", badMethod);
        assertThat(wrongMethod.status()).isEqualTo(400);
        assertThat(wrongMethod.map()).containsEntry("field", "method");
        assertThat(http.get("/api/deals/" + dealId).map()).containsEntry("status", "OPENED");

        Answer unknown = http.get("/api/deals/no-such-deal");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http.call("POST", "/api/deals/no-such-deal/deposit", depositRequest("a", "b")).status()).isEqualTo(404);

        Answer docs = http.get("/v3/api-docs");
        assertThat((Map<String, Object>) docs.map().get("paths")).containsKeys("/api/deals", "/api/deals/{dealId}/deposit");
    }
}
