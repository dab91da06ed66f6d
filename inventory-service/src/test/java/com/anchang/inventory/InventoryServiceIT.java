package com.anchang.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class InventoryServiceIT {

    static final String DEVELOPER = "dev-1";
    static final String OFFICE = "office-1";
    static final String OTHER_OFFICE = "office-2";
    /** Staff of office-1: the PM catalogues, the consultant holds, finance may only look. */
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", DEVELOPER).at(OFFICE, "PM");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", DEVELOPER).at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-1", DEVELOPER).at(OFFICE, "FINANCE");
    /** Every role, but at another office of the same developer. */
    static final TestTokens.Staff AWAY = TestTokens.staff("u-away-1", DEVELOPER)
            .at(OTHER_OFFICE, "CONSULTANT", "SALES_CONTROL", "FINANCE", "PM");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;

    static TestHttp as(TestHttp server, TestTokens.Staff staff) {
        return server.as(staff.token());
    }

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
        Answer created = as(server, PM).call("POST", "/api/inventory/buildings", Map.of("officeId", OFFICE,
                "projectId", "proj-1", "name", "3", "units", lines));
        assertThat(created.status()).isEqualTo(201);
        return created.text("buildingId");
    }

    Answer hold(String unitId, String dealId) {
        return hold(CONSULTANT, unitId, dealId);
    }

    Answer hold(TestTokens.Staff staff, String unitId, String dealId) {
        return as(server, staff).call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", "王先生"));
    }

    Object unitStatus(String unitId) {
        return as(server, CONSULTANT).get("/api/inventory/units/" + unitId).map().get("status");
    }

    @Test
    @DisplayName("UNIT-5: an office lists its buildings in catalogue order to its staff, skips an id a crash left "
            + "between listing and insert, is unknown to another office's staff and empty for a new office")
    void anOfficeListsItsBuildings() {
        String office = "office-listing";
        TestTokens.Staff pm = TestTokens.staff("u-pm-listing", DEVELOPER).at(office, "PM");
        for (String name : List.of("A", "B")) {
            Answer created = as(server, pm).call("POST", "/api/inventory/buildings", Map.of("officeId", office,
                    "projectId", "proj-1", "name", name, "units", List.of(line(1, 1, "3000000.00"))));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
        }
        mongo.updateFirst(query(where("_id").is(office)),
                new org.springframework.data.mongodb.core.query.Update().push("buildingIds", "crashed-before-insert"),
                "office_buildings");

        Answer listed = as(server, pm).get("/api/inventory/buildings?officeId=" + office);

        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.list()).extracting(b -> b.get("name")).containsExactly("A", "B");
        assertThat(as(server, AWAY).get("/api/inventory/buildings?officeId=" + office).status()).isEqualTo(404);
        TestTokens.Staff newcomer = TestTokens.staff("c-new", DEVELOPER).at("office-new", "CONSULTANT");
        Answer empty = as(server, newcomer).get("/api/inventory/buildings?officeId=office-new");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.list()).isEmpty();
        assertThat(as(server, pm).get("/api/inventory/buildings").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("UNIT-5: a catalogued building shows as a floors × units board, top floor first, all AVAILABLE")
    void catalogueAndBoard() {
        String buildingId = building();

        Answer board = as(server, CONSULTANT).get("/api/inventory/buildings/" + buildingId);

        assertThat(board.status()).isEqualTo(200);
        List<Map<String, Object>> grid = (List<Map<String, Object>>) board.map().get("grid");
        assertThat(grid).extracting(f -> f.get("floor")).containsExactly(3, 2, 1);
        assertThat(((Map<?, ?>) board.map().get("counts")).get("AVAILABLE")).isEqualTo(6);
    }

    @Test
    @DisplayName("UNIT-2: a hold is published as inventory.unit-held v1 with the caller as holder, and a second deposit is refused with 409 naming the rule")
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
            assertThat(held.consultantId()).as("the holder is the caller of the token").isEqualTo("c-1");
            assertThat(held.developerId()).as("the developer is the cataloguing PM's").isEqualTo(DEVELOPER);
            assertThat(held.officeId()).isEqualTo(OFFICE);
            assertThat(held.listPrice()).isEqualTo(new BigDecimal("3000000.00"));
        }
    }

    @Test
    @DisplayName("UNIT-2: a hold repeated by its deal (its first answer lost) is answered with that hold, written and published once")
    void repeatedHoldIsAnsweredWithTheHold() {
        String unitId = building() + "-102";
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            Answer first = hold(unitId, "deal-R");
            Answer again = hold(unitId, "deal-R");
            Answer other = hold(unitId, "deal-S");

            assertThat(first.status()).isEqualTo(200);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.map().get("heldForDeal")).isEqualTo("deal-R");
            assertThat(Instant.parse((String) again.map().get("heldAt"))).as("the first hold (as stored, to the ms), not a new one")
                    .isEqualTo(Instant.parse((String) first.map().get("heldAt")).truncatedTo(ChronoUnit.MILLIS));
            assertThat(other.status()).isEqualTo(409);

            // the deal is then cancelled: its event follows the unit's others on the unit's partition
            assertThat(as(server, PM).call("POST", "/api/inventory/units/" + unitId + "/cancel",
                    Map.of("dealId", "deal-R", "reason", "buyer withdrew")).status()).isEqualTo(200);
            List<ConsumerRecord<String, String>> events = capture.awaitCount(r -> unitId.equals(r.key()), 2);
            assertThat(events).extracting(r -> EventCapture.header(r, EventHeaders.TYPE))
                    .as("one inventory.unit-held for the unit, then its release")
                    .containsExactly(UnitHeld.TYPE, UnitReleased.TYPE);
        }
    }

    @Test
    @DisplayName("UNIT-2: of 16 simultaneous deposits on one unit exactly one wins, the rest are refused")
    void raceForOneUnit() throws Exception {
        String unitId = building() + "-201";
        TestHttp consultant = as(server, CONSULTANT);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Answer>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String dealId = "deal-" + i;
                attempts.add(() -> consultant.call("POST", "/api/inventory/units/" + unitId + "/hold",
                        Map.of("dealId", dealId, "buyerRef", "王先生")));
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

            await().until(() -> "RESERVED".equals(unitStatus(unitId)));
            List<ConsumerRecord<String, String>> reserved = capture.awaitRecords(
                    r -> unitId.equals(r.key()) && UnitReserved.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)));
            await().during(java.time.Duration.ofSeconds(1)).until(() -> capture.ofType(UnitReserved.TYPE).stream()
                    .filter(r -> unitId.equals(r.key())).count() == 1);
            assertThat(reserved).hasSize(1);
        }
    }

    @Test
    @DisplayName("a unit named twice in a building answers 400 naming it and stores nothing; an unknown unit or building answers 404 (request validation: InventoryControllerTest)")
    void badInput() {
        TestHttp pm = as(server, PM);
        Map<String, Object> duplicate = Map.of("officeId", OFFICE, "projectId", "p-bad", "name", "9",
                "units", List.of(line(1, 1, "5.00"), line(1, 1, "6.00")));
        Answer answer = pm.call("POST", "/api/inventory/buildings", duplicate);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("field")).isEqualTo("units[1]");
        assertThat(mongo.count(query(where("projectId").is("p-bad")), "buildings")).isZero();

        TestHttp consultant = as(server, CONSULTANT);
        Answer unknownUnit = hold("no-such-unit", "deal-X");
        assertThat(unknownUnit.status()).isEqualTo(404);
        assertThat(consultant.get("/api/inventory/units/no-such-unit").status()).isEqualTo(404);
        assertThat(consultant.get("/api/inventory/buildings/no-such-building").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("UNIT-6, office isolation: another office's building and unit are unknown to its staff (404), and their hold changes nothing")
    void anotherOfficesUnitIsUnknown() {
        String buildingId = building();
        String unitId = buildingId + "-101";
        TestHttp away = as(server, AWAY);

        Answer board = away.get("/api/inventory/buildings/" + buildingId);
        Answer unit = away.get("/api/inventory/units/" + unitId);
        Answer held = hold(AWAY, unitId, "deal-away");

        assertThat(board.status()).isEqualTo(404);
        assertThat(unit.status()).isEqualTo(404);
        assertThat(unit.map()).doesNotContainKeys("listPrice", "code");
        assertThat(held.status()).isEqualTo(404);
        assertThat(unitStatus(unitId)).isEqualTo("AVAILABLE");
    }

    @Test
    @DisplayName("UNIT-2: finance of the office may see a unit but not hold it (403 naming the action), the unit stays available")
    void financeMayNotHold() {
        String unitId = building() + "-202";

        Answer seen = as(server, FINANCE).get("/api/inventory/units/" + unitId);
        Answer refused = hold(FINANCE, unitId, "deal-F");

        assertThat(seen.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.map()).containsEntry("action", "hold a unit");
        assertThat(unitStatus(unitId)).isEqualTo("AVAILABLE");
    }

    @Test
    @DisplayName("a building catalogued into an office where the caller has no role answers 404, by a consultant of the office 403; nothing stored")
    void cataloguingNeedsThePmOrSalesControlOfTheOffice() {
        Map<String, Object> intoOffice2 = Map.of("officeId", OTHER_OFFICE, "projectId", "p-intruder", "name", "7",
                "units", List.of(line(1, 1, "2000000.00")));
        Map<String, Object> intoOffice1 = Map.of("officeId", OFFICE, "projectId", "p-intruder", "name", "7",
                "units", List.of(line(1, 1, "2000000.00")));

        Answer notTheirOffice = as(server, PM).call("POST", "/api/inventory/buildings", intoOffice2);
        Answer consultant = as(server, CONSULTANT).call("POST", "/api/inventory/buildings", intoOffice1);

        assertThat(notTheirOffice.status()).isEqualTo(404);
        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map()).containsEntry("action", "catalogue a building");
        assertThat(mongo.count(query(where("projectId").is("p-intruder")), "buildings")).isZero();
        assertThat(mongo.count(query(where("projectId").is("p-intruder")), "units")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the HTTP API is described by OpenAPI")
    void openApi() {
        Answer docs = server.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) docs.map().get("paths"))).containsKey("/api/inventory/units/{unitId}/hold");
    }
}
