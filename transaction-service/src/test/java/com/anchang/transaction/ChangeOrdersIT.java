package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitSwapRefused;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import com.anchang.transaction.domain.ChangeOrder;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.ReceiptRegister;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * DEAL-9 through the API, on the real broker and the in-process store: a unit swap requested by the
 * consultant and approved by the PM (the new unit asked of sales control each time), a forfeit, and the bad
 * input that changes nothing.
 */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class ChangeOrdersIT extends FakeInventory {

    static final JsonMapper JSON = new JsonMapper();
    static final String DEVELOPER = "dev-1";
    static final String OFFICE = "office-co";
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-co", DEVELOPER).at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-co", DEVELOPER).at(OFFICE, "PM");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    DealRepository deals;
    @Autowired
    ReceiptRegister register;
    @Autowired
    DealPolicies policies;
    @Autowired
    CircuitBreakerRegistry breakers;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @BeforeEach
    void freshDownstream() {
        INVENTORY.resetAll();
        breakers.find("inventory-service").ifPresent(CircuitBreaker::reset);
    }

    /** A deal of the consultant at this status, made by the rules and stored: on unit-3-1802 at 3,200,000. */
    String dealAt(DealStatus status) {
        Deal deal = new DealFixtures(DEVELOPER, OFFICE, "c-co", register, policies.forOffice(OFFICE), Instant.now())
                .at(status);
        assertThat(deals.insert(deal, List.of())).isTrue();
        return deal.id();
    }

    static void salesControlSays(String unitId, String status) {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/" + unitId)).willReturn(okJson(JSON.writeValueAsString(
                Map.of("unitId", unitId, "officeId", OFFICE, "code", unitId.replace("unit-", ""), "status", status,
                        "listPrice", 3300000.00)))));
    }

    Answer post(TestTokens.Staff staff, String path, Object body, String requestId) {
        return server.as(staff.token()).call("POST", path, body, requestId == null ? Map.of()
                : Map.of("Idempotency-Key", requestId));
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    static String lastChangeOrder(Answer answer) {
        return (String) ((List<Map<String, Object>>) answer.map().get("changeOrders")).getLast().get("id");
    }

    @Test
    @DisplayName("DEAL-9 unit swap through the API: the consultant requests, the PM approves; the deal is on the new unit with its money, transaction.unit-swapped is on the broker once, a retried approval changes nothing")
    void unitSwap() {
        String dealId = dealAt(DealStatus.SUBSCRIPTION_SIGNED);
        salesControlSays("unit-3-1902", "AVAILABLE");
        String changes = "/api/deals/" + dealId + "/change-orders";

        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            Answer requested = post(CONSULTANT, changes, body("kind", "UNIT_SWAP", "reason", "a higher floor",
                    "newUnitId", "unit-3-1902", "price", "3250000.00"), UUID.randomUUID().toString());
            assertThat(requested.status()).as(requested.text()).isEqualTo(200);
            String orderId = lastChangeOrder(requested);
            String approval = UUID.randomUUID().toString();

            Answer approved = post(PM, changes + "/" + orderId + "/approve", body("note", "the floor is free"), approval);
            Answer retried = post(PM, changes + "/" + orderId + "/approve", body("note", "the floor is free"), approval);

            assertThat(approved.status()).as(approved.text()).isEqualTo(200);
            assertThat(retried.status()).isEqualTo(200);
            assertThat(approved.map()).containsEntry("unitId", "unit-3-1902").containsEntry("status",
                    "SUBSCRIPTION_SIGNED");
            assertThat(new BigDecimal(approved.map().get("price").toString())).isEqualByComparingTo("3250000.00");
            assertThat(new BigDecimal(approved.map().get("paid").toString())).isEqualByComparingTo("50000.00");
            ConsumerRecord<String, String> record = capture.awaitRecords(r -> dealId.equals(r.key())
                    && UnitSwapped.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst();
            UnitSwapped event = EventJson.read(record.value(), UnitSwapped.class);
            assertThat(event.previousUnitId()).isEqualTo("unit-3-1802");
            assertThat(event.unitId()).isEqualTo("unit-3-1902");
            assertThat(event.dealStatus()).isEqualTo("SUBSCRIPTION_SIGNED");
            assertThat(event.price()).isEqualByComparingTo("3250000.00");
            assertThat(event.decidedBy()).isEqualTo("u-pm-co");
            assertThat(event.undo()).isFalse();
            assertThat(capture.ofType(UnitSwapped.TYPE)).filteredOn(r -> dealId.equals(r.key())).hasSize(1);
        }
    }

    @Test
    @DisplayName("DEAL-9 compensation on the real broker: inventory.unit-swap-refused after an approved swap puts the deal back on its unit and price, and transaction.unit-swapped (undo) tells the other consumers; delivered twice, once")
    void swapRefusedBySalesControl() {
        String dealId = dealAt(DealStatus.DEPOSIT_RECEIVED);
        salesControlSays("unit-3-2102", "AVAILABLE");
        String changes = "/api/deals/" + dealId + "/change-orders";
        String orderId = lastChangeOrder(post(CONSULTANT, changes, body("kind", "UNIT_SWAP", "reason", "a higher floor",
                "newUnitId", "unit-3-2102"), null));
        assertThat(post(PM, changes + "/" + orderId + "/approve", body("note", "ok"), null).status()).isEqualTo(200);
        UnitSwapRefused refused = new UnitSwapRefused("unit-3-1802", DEVELOPER, OFFICE, "3-1802", dealId,
                "unit-3-2102", orderId, "UNIT-2", "unit 3-2102 is already reserved by another deal", Instant.now());
        String eventId = UUID.randomUUID().toString();

        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            TestEvents.publish(kafka, Topics.INVENTORY, "unit-3-1802", OFFICE, eventId, refused);
            TestEvents.publish(kafka, Topics.INVENTORY, "unit-3-1802", OFFICE, eventId, refused);

            await().until(() -> "unit-3-1802".equals(deals.find(dealId).orElseThrow().unitId()));
            UnitSwapped back = EventJson.read(capture.awaitRecords(r -> dealId.equals(r.key())
                    && UnitSwapped.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))
                    && EventJson.read(r.value(), UnitSwapped.class).undo()).getFirst().value(), UnitSwapped.class);
            assertThat(back.previousUnitId()).isEqualTo("unit-3-2102");
            assertThat(back.unitId()).isEqualTo("unit-3-1802");
            assertThat(back.price()).isEqualByComparingTo("3200000.00");
        }
        Deal deal = deals.find(dealId).orElseThrow();
        assertThat(deal.changeOrder(orderId).status()).isEqualTo(ChangeOrder.Status.UNDONE);
        assertThat(deal.timeline()).filteredOn(entry -> orderId.equals(entry.reference())).hasSize(3);
    }

    @Test
    @DisplayName("UNIT-2 through the API: the new unit taken between the request and the approval — the approval is 409 naming UNIT-2, the deal keeps its unit and the order waits")
    void swapToAUnitTakenMeanwhile() {
        String dealId = dealAt(DealStatus.DEPOSIT_RECEIVED);
        salesControlSays("unit-3-2002", "AVAILABLE");
        String changes = "/api/deals/" + dealId + "/change-orders";
        Answer requested = post(CONSULTANT, changes, body("kind", "UNIT_SWAP", "reason", "a higher floor",
                "newUnitId", "unit-3-2002"), null);
        assertThat(requested.status()).as(requested.text()).isEqualTo(200);
        salesControlSays("unit-3-2002", "HELD");

        Answer approved = post(PM, changes + "/" + lastChangeOrder(requested) + "/approve", body("note", "ok"), null);

        assertThat(approved.status()).isEqualTo(409);
        assertThat(approved.map()).containsEntry("rule", "UNIT-2");
        Deal deal = deals.find(dealId).orElseThrow();
        assertThat(deal.unitId()).isEqualTo("unit-3-1802");
        assertThat(deal.changeOrders()).singleElement().extracting(ChangeOrder::status)
                .isEqualTo(ChangeOrder.Status.REQUESTED);
    }

    @Test
    @DisplayName("DEAL-9 forfeit (挞定) through the API: the PM approves, the deal is cancelled with the deposits kept, and transaction.deal-cancelled on the broker shows the forfeit")
    void forfeit() {
        String dealId = dealAt(DealStatus.SUBSCRIPTION_APPROVED);
        String changes = "/api/deals/" + dealId + "/change-orders";
        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            Answer requested = post(CONSULTANT, changes, body("kind", "FORFEIT", "reason", "the buyer walked away"),
                    null);
            assertThat(requested.status()).as(requested.text()).isEqualTo(200);

            Answer approved = post(PM, changes + "/" + lastChangeOrder(requested) + "/approve",
                    body("note", "定金罚则 per the subscription"), null);

            assertThat(approved.status()).as(approved.text()).isEqualTo(200);
            assertThat(approved.map()).containsEntry("status", "CANCELLED");
            ConsumerRecord<String, String> record = capture.awaitRecords(r -> dealId.equals(r.key())
                    && DealCancelled.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst();
            DealCancelled event = EventJson.read(record.value(), DealCancelled.class);
            assertThat(event.forfeit()).isTrue();
            assertThat(event.unitId()).isEqualTo("unit-3-1802");
            assertThat(event.refunds()).singleElement().satisfies(refund -> {
                assertThat(refund.forfeited()).isEqualByComparingTo("50000.00");
                assertThat(refund.refunded()).isEqualByComparingTo("0.00");
            });
            Answer undo = post(PM, changes + "/" + lastChangeOrder(requested) + "/undo", body("note", "oops"), null);
            assertThat(undo.status()).isEqualTo(409);
            assertThat(undo.map()).containsEntry("rule", "DEAL-9");
        }
    }

    @Test
    @DisplayName("DEAL-9 bad input through the API: an unknown unit or the deal's own unit is 400 naming newUnitId, a consultant approving is 403, an undo after the deal moved on is 409 naming DEAL-9 — nothing changed")
    void badInputChangesNothing() {
        String dealId = dealAt(DealStatus.SUBSCRIPTION_SIGNED);
        String changes = "/api/deals/" + dealId + "/change-orders";
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/unit-none")).willReturn(notFound()));
        salesControlSays("unit-3-1802", "RESERVED");

        Answer unknown = post(CONSULTANT, changes, body("kind", "UNIT_SWAP", "reason", "x", "newUnitId", "unit-none"),
                null);
        Answer same = post(CONSULTANT, changes, body("kind", "UNIT_SWAP", "reason", "x", "newUnitId", "unit-3-1802"),
                null);
        Answer noKind = post(CONSULTANT, changes, body("reason", "x"), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.map()).containsEntry("field", "newUnitId");
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.map()).containsEntry("field", "newUnitId");
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(deals.find(dealId).orElseThrow().changeOrders()).isEmpty();

        Answer requested = post(CONSULTANT, changes, body("kind", "PRICE_CHANGE", "reason", "year-end discount",
                "price", "3100000.00"), null);
        String orderId = lastChangeOrder(requested);
        Answer byConsultant = post(CONSULTANT, changes + "/" + orderId + "/approve", body("note", "ok"), null);
        assertThat(byConsultant.status()).isEqualTo(403);
        assertThat(deals.find(dealId).orElseThrow().price()).isEqualByComparingTo("3200000.00");

        assertThat(post(PM, changes + "/" + orderId + "/approve", body("note", "ok"), null).status()).isEqualTo(200);
        Answer down = post(PM, "/api/deals/" + dealId + "/payments", body("purpose", "DOWN_PAYMENT", "amount",
                "910000.00", "method", "TRANSFER"), null);
        assertThat(down.status()).as(down.text()).isEqualTo(200);
        String paymentId = (String) ((Map<String, Object>) down.map().get("waitingPayment")).get("paymentId");
        TestTokens.Staff finance = TestTokens.staff("u-finance-co", DEVELOPER).at(OFFICE, "FINANCE");
        Answer confirmed = post(finance, "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null, null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);

        Answer undo = post(PM, changes + "/" + orderId + "/undo", body("note", "by mistake"), null);

        assertThat(undo.status()).isEqualTo(409);
        assertThat(undo.map()).containsEntry("rule", "DEAL-9");
        assertThat(deals.find(dealId).orElseThrow().price()).isEqualByComparingTo("3100000.00");
    }
}
