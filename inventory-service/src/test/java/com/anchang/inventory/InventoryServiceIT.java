package com.anchang.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class InventoryServiceIT {

    @Autowired
    TestHttp http;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;

    static Map<String, Object> line(int floor, int number, String price) {
        return Map.of("floor", floor, "number", number, "layout", "3室2厅2卫", "grossArea", "118.50",
                "netArea", "95.20", "orientation", "南", "listPrice", price);
    }

    /** Catalogues a small building (3 floors × 2 units) and returns its id. */
    String building() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int floor = 1; floor <= 3; floor++) {
            for (int number = 1; number <= 2; number++) {
                lines.add(line(floor, number, "3000000.00"));
            }
        }
        Answer created = http.call("POST", "/api/inventory/buildings", Map.of("developerId", "dev-1", "officeId", "office-1",
                "projectId", "proj-1", "name", "3", "units", lines));
        assertThat(created.status()).isEqualTo(201);
        return created.text("buildingId");
    }

    Answer hold(String unitId, String dealId) {
        return http.call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "consultantId", "c-1", "buyerRef", "王先生"));
    }

    @Test
    @DisplayName("UNIT-5: a catalogued building shows as a floors × units board, top floor first, all AVAILABLE")
    void catalogueAndBoard() {
        String buildingId = building();

        Answer board = http.get("/api/inventory/buildings/" + buildingId);

        assertThat(board.status()).isEqualTo(200);
        List<Map<String, Object>> grid = (List<Map<String, Object>>) board.map().get("grid");
        assertThat(grid).extracting(f -> f.get("floor")).containsExactly(3, 2, 1);
        assertThat(((Map<?, ?>) board.map().get("counts")).get("AVAILABLE")).isEqualTo(6);
    }

    @Test
    @DisplayName("UNIT-2: a hold is published as inventory.unit-held v1 and a second deposit is refused with 409 naming the rule")
    void holdPublishesAndSecondIsRefused() {
        String unitId = building() + "-101";
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            Answer first = hold(unitId, "deal-A");
            Answer second = hold(unitId, "deal-B");

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.map().get("status")).isEqualTo("HELD");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.map().get("rule")).isEqualTo("UNIT-2");
            assertThat(second.text("detail")).startsWith("unit 3-101 was held by another deal at ");

            ConsumerRecord<String, String> record = capture.awaitRecords(r -> unitId.equals(r.key())).getFirst();
            assertThat(EventCapture.header(record, EventHeaders.TYPE)).isEqualTo(UnitHeld.TYPE);
            UnitHeld held = EventJson.read(record.value(), UnitHeld.class);
            assertThat(held.dealId()).isEqualTo("deal-A");
            assertThat(held.listPrice()).isEqualTo(new BigDecimal("3000000.00"));
        }
    }

    @Test
    @DisplayName("UNIT-2: of 16 simultaneous deposits on one unit exactly one wins, the rest are refused")
    void raceForOneUnit() throws Exception {
        String unitId = building() + "-201";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Answer>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String dealId = "deal-" + i;
                attempts.add(() -> hold(unitId, dealId));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("UNIT-1: the deal's deposit event reserves its held unit once, even when delivered twice")
    void depositReservesOnce() {
        String unitId = building() + "-301";
        hold(unitId, "deal-R");
        String eventId = UUID.randomUUID().toString();
        DepositReceived deposit = new DepositReceived("deal-R", "dev-1", "office-1", unitId, "c-1", "lead-1", "王先生",
                "13812345678", new BigDecimal("50000.00"), Instant.parse("2026-11-21T03:30:00Z"), LocalDate.parse("2026-12-21"));

        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            TestEvents.publish(kafka, Topics.TRANSACTION, "deal-R", "office-1", eventId, deposit);
            TestEvents.publish(kafka, Topics.TRANSACTION, "deal-R", "office-1", eventId, deposit);

            await().until(() -> "RESERVED".equals(http.get("/api/inventory/units/" + unitId).map().get("status")));
            List<ConsumerRecord<String, String>> reserved = capture.awaitRecords(
                    r -> unitId.equals(r.key()) && UnitReserved.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)));
            await().during(java.time.Duration.ofSeconds(1)).until(() -> capture.ofType(UnitReserved.TYPE).stream()
                    .filter(r -> unitId.equals(r.key())).count() == 1);
            assertThat(reserved).hasSize(1);
        }
    }

    @Test
    @DisplayName("bad input answers 400 naming the field and stores nothing; an unknown unit answers 404")
    void badInput() {
        Map<String, Object> negativePrice = Map.of("developerId", "d", "officeId", "o", "projectId", "p", "name", "9",
                "units", List.of(line(1, 1, "-5.00")));
        Answer answer = http.call("POST", "/api/inventory/buildings", negativePrice);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("detail").toString()).contains("units[0].listPrice");

        Map<String, Object> duplicate = Map.of("developerId", "d", "officeId", "o", "projectId", "p", "name", "9",
                "units", List.of(line(1, 1, "5.00"), line(1, 1, "6.00")));
        answer = http.call("POST", "/api/inventory/buildings", duplicate);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("field")).isEqualTo("units[1]");

        assertThat(http.call("POST", "/api/inventory/buildings", "{\"name\": ").status()).isEqualTo(400);
        Answer unknownField = http.call("POST", "/api/inventory/units/x/hold",
                "{\"dealId\":\"d\",\"consultantId\":\"c\",\"buyerRef\":\"b\",\"price\":1}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.map().get("field")).isEqualTo("price");
        Answer missing = http.call("POST", "/api/inventory/units/x/hold", "{\"dealId\":\"d\",\"consultantId\":\"c\"}");
        assertThat(missing.map().get("field")).isEqualTo("buyerRef");

        Answer unknownUnit = hold("no-such-unit", "deal-X");
        assertThat(unknownUnit.status()).isEqualTo(404);
        assertThat(http.get("/api/inventory/units/no-such-unit").status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the HTTP API is described by OpenAPI")
    void openApi() {
        Answer docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) docs.map().get("paths"))).containsKey("/api/inventory/units/{unitId}/hold");
    }
}
