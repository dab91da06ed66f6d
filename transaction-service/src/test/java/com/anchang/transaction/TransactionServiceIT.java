package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import com.anchang.support.test.TestTokens;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on the real broker and the in-process Mongo, with WireMock standing in for
 * inventory-service's HTTP API (sales control).
 */
@ServiceIntegrationTest
class TransactionServiceIT extends FakeInventory {

    static final JsonMapper JSON = new JsonMapper();
    static final String DEVELOPER = "dev-1";
    static final String OFFICE = "office-1";
    static final String OTHER_OFFICE = "office-2";
    /** Staff of office-1: the consultant opens deals, finance and the PM receive deposits. */
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", DEVELOPER).at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-1", DEVELOPER).at(OFFICE, "FINANCE");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", DEVELOPER).at(OFFICE, "PM");
    /** Every role, but at another office of the same developer. */
    static final TestTokens.Staff AWAY = TestTokens.staff("u-away-1", DEVELOPER)
            .at(OTHER_OFFICE, "CONSULTANT", "SALES_CONTROL", "FINANCE", "PM");
    /** A consultant of both offices. */
    static final TestTokens.Staff BOTH_OFFICES = TestTokens.staff("c-2", DEVELOPER)
            .at(OFFICE, "CONSULTANT").at(OTHER_OFFICE, "CONSULTANT");

    @Autowired
    TestHttp server;
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

    /** inventory-service answers for one unit of office-1 with this status (and fields this service does not read). */
    static void salesControlSays(String unitId, String code, String status) {
        salesControlSays(unitId, code, status, OFFICE);
    }

    static void salesControlSays(String unitId, String code, String status, String officeId) {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/" + unitId)).willReturn(okJson(JSON.writeValueAsString(
                Map.of("unitId", unitId, "officeId", officeId, "buildingId", "bld-1", "code", code, "status", status,
                        "listPrice", 3256800.00, "floor", 18)))));
    }

    static Map<String, Object> openRequest(String unitId) {
        return Map.of("officeId", OFFICE, "unitId", unitId, "leadId", "lead-1", "buyerName", "王先生",
                "buyerMobile", "13812345678");
    }

    /** The formal deposit, as finance or the PM enters it (DEAL-1: a second person confirms it). */
    static Map<String, Object> formalDeposit() {
        return Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                "downPaymentDueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
    }

    static TestHttp as(TestHttp server, TestTokens.Staff staff) {
        return server.as(staff.token());
    }

    String openDeal(String unitId) {
        salesControlSays(unitId, "3-" + unitId.substring(unitId.length() - 4), "AVAILABLE");
        Answer opened = as(server, CONSULTANT).call("POST", "/api/deals", openRequest(unitId));
        assertThat(opened.status()).as(String.valueOf(opened.body())).isEqualTo(201);
        return opened.text("dealId");
    }

    /** A deal of office-1 whose unit sales control has held (as inventory.unit-held tells). */
    String heldDeal(String unitId) {
        String dealId = openDeal(unitId);
        TestEvents.publish(kafka, Topics.INVENTORY, unitId, OFFICE, UUID.randomUUID().toString(), heldFor(dealId, unitId));
        await().until(() -> "UNIT_HELD".equals(dealStatus(dealId)));
        return dealId;
    }

    Object dealStatus(String dealId) {
        return as(server, PM).get("/api/deals/" + dealId).map().get("status");
    }

    long dealsOnUnit(String unitId) {
        return mongo.count(query(where("unitId").is(unitId)), "deals");
    }

    UnitHeld heldFor(String dealId, String unitId) {
        Instant now = Instant.now();
        return new UnitHeld(unitId, DEVELOPER, OFFICE, "bld-1", "3-1802", dealId, "c-1", "王先生 138****5678",
                new BigDecimal("3256800.00"), now, now.plus(Duration.ofHours(48)));
    }

    double unitHeldConsumed() {
        var counter = meters.find("anchang.events.consumed").tag("type", UnitHeld.TYPE).tag("outcome", "applied").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @DisplayName("UNIT-2: a unit sales control confirms AVAILABLE (asked with the caller's token) opens a deal (201) of the caller, published as transaction.deal-opened v1")
    void opensDealOnAvailableUnit() {
        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            salesControlSays("unit-1801", "3-1801", "AVAILABLE");
            String token = CONSULTANT.token();
            Answer created = server.as(token).call("POST", "/api/deals", openRequest("unit-1801"));

            assertThat(created.status()).as(created.text()).isEqualTo(201);
            String dealId = created.text("dealId");
            assertThat(dealId).startsWith("deal-");
            INVENTORY.verify(1, getRequestedFor(urlEqualTo("/api/inventory/units/unit-1801"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
            Answer deal = as(server, FINANCE).get("/api/deals/" + dealId);
            assertThat(deal.status()).isEqualTo(200);
            assertThat(deal.map()).containsEntry("status", "OPENED").containsEntry("unitCode", "3-1801")
                    .containsEntry("buyerMobile", "138****5678")
                    .as("the developer and the consultant are the caller's").containsEntry("developerId", DEVELOPER)
                    .containsEntry("consultantId", "c-1");

            ConsumerRecord<String, String> record = capture.awaitRecords(r -> dealId.equals(r.key())).getFirst();
            assertThat(EventCapture.header(record, EventHeaders.TYPE)).isEqualTo(DealOpened.TYPE);
            assertThat(EventCapture.header(record, EventHeaders.OFFICE_ID)).isEqualTo(OFFICE);
            DealOpened opened = EventJson.read(record.value(), DealOpened.class);
            assertThat(opened.unitId()).isEqualTo("unit-1801");
            assertThat(opened.leadId()).isEqualTo("lead-1");
            assertThat(opened.consultantId()).isEqualTo("c-1");
        }
    }

    @Test
    @DisplayName("UNIT-2: a unit sales control says is held is refused with 409 naming the rule, nothing stored; a unit it answers 404 for (unknown, or not the caller's to see) is 400 naming unitId")
    void refusesUnitNotAvailableOrUnknown() {
        salesControlSays("unit-1802", "3-1802", "HELD");
        TestHttp consultant = as(server, CONSULTANT);

        Answer refused = consultant.call("POST", "/api/deals", openRequest("unit-1802"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.map()).containsEntry("rule", "UNIT-2").containsEntry("detail", "unit 3-1802 is held");
        assertThat(dealsOnUnit("unit-1802")).isZero();

        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/no-such-unit")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"unit no-such-unit not found\"}")));
        String token = CONSULTANT.token();
        Answer unknown = server.as(token).call("POST", "/api/deals", openRequest("no-such-unit"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.map()).containsEntry("field", "unitId");
        assertThat(unknown.text("detail")).doesNotContain("not found");
        assertThat(dealsOnUnit("no-such-unit")).isZero();
        INVENTORY.verify(1, getRequestedFor(urlEqualTo("/api/inventory/units/no-such-unit"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    @DisplayName("a unit that sales control says another office sells is refused for this office's deal with 400 naming unitId, nothing stored")
    void refusesUnitOfAnotherOffice() {
        salesControlSays("unit-2201", "5-2201", "AVAILABLE", OTHER_OFFICE);

        Answer refused = as(server, BOTH_OFFICES).call("POST", "/api/deals", openRequest("unit-2201"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.map()).containsEntry("field", "unitId");
        assertThat(dealsOnUnit("unit-2201")).isZero();
    }

    @Test
    @DisplayName("a deal opened in an office where the caller has no role answers 404, by finance of the office 403 naming the action; inventory is not asked, nothing stored")
    void openingNeedsAConsultantOfTheOffice() {
        salesControlSays("unit-2301", "3-2301", "AVAILABLE");

        Answer notTheirOffice = as(server, AWAY).call("POST", "/api/deals", openRequest("unit-2301"));
        Answer finance = as(server, FINANCE).call("POST", "/api/deals", openRequest("unit-2301"));

        assertThat(notTheirOffice.status()).isEqualTo(404);
        assertThat(finance.status()).isEqualTo(403);
        assertThat(finance.map()).containsEntry("action", "open a deal");
        INVENTORY.verify(0, getRequestedFor(urlEqualTo("/api/inventory/units/unit-2301")));
        assertThat(dealsOnUnit("unit-2301")).isZero();
    }

    @Test
    @DisplayName("office isolation: another office's deal is unknown to its staff (404), and their deposit changes nothing")
    void anotherOfficesDealIsUnknown() {
        String dealId = heldDeal("unit-2501");
        TestHttp away = as(server, AWAY);

        Answer read = away.get("/api/deals/" + dealId);
        Answer deposit = away.call("POST", "/api/deals/" + dealId + "/payments", formalDeposit());

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.map()).doesNotContainKeys("buyerName", "unitId");
        assertThat(deposit.status()).isEqualTo(404);
        Answer stored = as(server, PM).get("/api/deals/" + dealId);
        assertThat(stored.map()).containsEntry("status", "UNIT_HELD");
        assertThat(stored.map().get("deposit")).isNull();
        assertThat((List<?>) stored.map().get("payments")).isEmpty();
    }

    @Test
    @DisplayName("DEAL-1: a consultant may see their deal but not receive its money (403 naming the action and the rule); nothing entered")
    void consultantMayNotReceiveDeposit() {
        String dealId = heldDeal("unit-2601");

        Answer seen = as(server, CONSULTANT).get("/api/deals/" + dealId);
        Answer refused = as(server, CONSULTANT).call("POST", "/api/deals/" + dealId + "/payments", formalDeposit());

        assertThat(seen.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.map()).containsEntry("action", "receive money (DEAL-1)");
        assertThat(dealStatus(dealId)).isEqualTo("UNIT_HELD");
        assertThat((List<?>) as(server, PM).get("/api/deals/" + dealId).map().get("payments")).isEmpty();
    }

    @Test
    @DisplayName("sales control answering 500 or too slowly: 503 'availability unknown, try again', nothing stored")
    void inventoryFailingOrSlowIsUnavailable() {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/unit-0500")).willReturn(aResponse().withStatus(500)));
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/unit-0900")).willReturn(okJson(
                "{\"unitId\":\"unit-0900\",\"officeId\":\"office-1\",\"code\":\"3-0900\",\"status\":\"AVAILABLE\"}")
                .withFixedDelay(8_000)));

        TestHttp consultant = as(server, CONSULTANT);
        Answer failing = consultant.call("POST", "/api/deals", openRequest("unit-0500"));
        long started = System.nanoTime();
        Answer slow = consultant.call("POST", "/api/deals", openRequest("unit-0900"));
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
        TestHttp consultant = as(server, CONSULTANT);
        for (int i = 0; i < WINDOW; i++) {
            assertThat(consultant.call("POST", "/api/deals", openRequest("unit-0501")).status()).isEqualTo(503);
        }

        salesControlSays("unit-0502", "3-0502", "AVAILABLE");
        Answer whileOpen = consultant.call("POST", "/api/deals", openRequest("unit-0502"));

        assertThat(whileOpen.status()).isEqualTo(503);
        assertThat(whileOpen.map()).containsEntry("detail", "availability of unit unit-0502 unknown, try again");
        INVENTORY.verify(WINDOW, getRequestedFor(urlEqualTo("/api/inventory/units/unit-0501")));
        INVENTORY.verify(0, getRequestedFor(urlEqualTo("/api/inventory/units/unit-0502")));
        assertThat(dealsOnUnit("unit-0502")).isZero();
    }

    @Test
    @DisplayName("UNIT-2, DEAL-1: sales control's hold (delivered twice, applied once) lets the formal deposit in: entered by finance, confirmed by another staff member with their own sign-in, published as transaction.deposit-received v1 with its receipt")
    void holdThenDeposit() {
        String dealId = openDeal("unit-2001");
        TestHttp finance = as(server, FINANCE);
        Answer tooEarly = finance.call("POST", "/api/deals/" + dealId + "/payments", formalDeposit());
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.map()).containsEntry("rule", "UNIT-2");

        String eventId = UUID.randomUUID().toString();
        UnitHeld held = heldFor(dealId, "unit-2001");
        double consumedBefore = unitHeldConsumed();
        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("transaction-service"));
                EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            TestEvents.publish(kafka, Topics.INVENTORY, "unit-2001", OFFICE, eventId, held);
            TestEvents.publish(kafka, Topics.INVENTORY, "unit-2001", OFFICE, eventId, held);

            await().until(() -> "UNIT_HELD".equals(dealStatus(dealId)));
            await().until(() -> unitHeldConsumed() >= consumedBefore + 2);
            Document stored = mongo.getCollection("deals").find(new Document("_id", dealId)).first();
            assertThat(stored.getList("appliedEventIds", String.class)).containsExactly(eventId);
            assertThat(deadLetters.ofType(UnitHeld.TYPE)).isEmpty();

            Answer entered = finance.call("POST", "/api/deals/" + dealId + "/payments", formalDeposit());
            assertThat(entered.status()).as(entered.text()).isEqualTo(200);
            assertThat(entered.map()).containsEntry("status", "UNIT_HELD");
            String paymentId = (String) ((Map<String, Object>) entered.map().get("waitingPayment")).get("paymentId");

            Answer sameHands = finance.call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null);
            assertThat(sameHands.status()).isEqualTo(409);
            assertThat(sameHands.map()).containsEntry("rule", "DEAL-1");

            Answer deposit = as(server, PM).call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm",
                    null);
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
            assertThat(event.receiptNumber()).matches("1-20\\d\\d-\\d{6}");
            assertThat(event.dealPrice()).isEqualTo(new BigDecimal("3256800.00"));
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
    @DisplayName("an unknown deal answers 404; the OpenAPI document does not show the caller as a parameter (request validation: DealControllerTest)")
    void badInputAndUnknownDeal() {
        TestHttp finance = as(server, FINANCE);
        Answer unknown = finance.get("/api/deals/no-such-deal");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(finance.call("POST", "/api/deals/no-such-deal/payments", formalDeposit()).status()).isEqualTo(404);

        Answer docs = server.get("/v3/api-docs");
        Map<String, Object> paths = (Map<String, Object>) docs.map().get("paths");
        assertThat(paths).containsKeys("/api/deals", "/api/deals/{dealId}/payments",
                "/api/deals/{dealId}/payments/{paymentId}/confirm", "/api/deals/receipts/{number}");
        Map<String, Object> open = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/deals")).get("post");
        assertThat((List<Map<String, Object>>) open.get("parameters"))
                .as("the caller and their token are not parameters a client sends; the request id is")
                .extracting(parameter -> parameter.get("name")).containsExactly("Idempotency-Key");
        Map<String, Object> pay = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/deals/{dealId}/payments"))
                .get("post");
        assertThat((List<Map<String, Object>>) pay.get("parameters")).as("every command documents the request id header")
                .extracting(parameter -> parameter.get("name") + " in " + parameter.get("in"))
                .containsExactlyInAnyOrder("dealId in path", "Idempotency-Key in header");
    }
}
