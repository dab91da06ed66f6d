package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.AWAY;
import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static com.anchang.inventory.InventoryServiceIT.DEVELOPER;
import static com.anchang.inventory.InventoryServiceIT.FINANCE;
import static com.anchang.inventory.InventoryServiceIT.PM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitsImported;
import com.anchang.events.inventory.UnitsRepriced;
import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.PriceList;
import com.anchang.inventory.domain.PriceListVersion;
import com.anchang.inventory.domain.PriceListVersions;
import com.anchang.inventory.domain.Repricing;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.scheduling.PeriodicJobs;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/** Re-imports of changed prices as numbered price-list versions of a building (UNIT-1, UNIT-2, UNIT-6). */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class PriceListVersionIT {

    static final TestTokens.Staff HEAD_OFFICE = TestTokens.staff("u-head-1", DEVELOPER).withRoles("HEAD_OFFICE");

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    UnitRepository units;
    @Autowired
    BuildingRepository buildings;
    @Autowired
    PriceListVersions versions;
    @Autowired
    PeriodicJobs jobs;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    UnitFixtures fixtures() {
        return new UnitFixtures(server, kafka);
    }

    static Map<String, Object> upload(String csv) {
        return Map.of("fileName", "调价.csv", "content",
                Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)));
    }

    Answer post(TestTokens.Staff staff, String path, Object body) {
        return server.as(staff.token()).call("POST", path, body);
    }

    Map<String, Object> unit(String unitId) {
        return server.as(PM.token()).get("/api/inventory/units/" + unitId).map();
    }

    static String prices(String buildingId) {
        return "/api/inventory/buildings/" + buildingId + "/price-lists";
    }

    @Test
    @DisplayName("UNIT-1, UNIT-2: the PM checks a re-import (changes old → new per unit, a held unit \"not repriced: HELD for deal …\", nothing stored), applies it as version 1 with who and when (inventory.units-repriced), and reads the history and the version")
    void checkApplyAndHistory() {
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            String buildingId = fixtures().building();
            assertThat(fixtures().hold(buildingId + "-102", "deal-P").status()).isEqualTo(200);
            String csv = """
                    floor,number,listPrice
                    1,1,3100000
                    1,2,3100000
                    2,1,3000000.00
                    2,2,"2,950,000.50"
                    """;

            Answer check = post(PM, prices(buildingId) + "/check", upload(csv));
            Map<String, Object> unchangedAfterCheck = unit(buildingId + "-101");
            Answer applied = post(PM, prices(buildingId), upload(csv));

            assertThat(check.status()).as(check.text()).isEqualTo(200);
            assertThat(check.map()).containsEntry("valid", true).containsEntry("changed", 2).containsEntry("unchanged", 1);
            assertThat((List<Map<String, Object>>) check.map().get("changes")).first().satisfies(change -> assertThat(change)
                    .containsEntry("unitCode", unit(buildingId + "-101").get("code")).containsEntry("row", 2)
                    .containsEntry("oldPrice", 3000000.00).containsEntry("newPrice", 3100000.00)
                    .containsEntry("oldPricePerSquareMetre", 25316.46).containsEntry("newPricePerSquareMetre", 26160.34));
            assertThat((List<Map<String, Object>>) check.map().get("notRepriced")).singleElement().satisfies(kept ->
                    assertThat(kept).containsEntry("unitId", buildingId + "-102")
                            .containsEntry("reason", "not repriced: HELD for deal deal-P"));
            assertThat(unchangedAfterCheck).containsEntry("listPrice", 3000000.00);

            assertThat(applied.status()).as(applied.text()).isEqualTo(201);
            assertThat(applied.map()).containsEntry("version", 1).containsEntry("state", "APPLIED")
                    .containsEntry("appliedBy", "u-pm-1").containsEntry("changed", 2).containsKey("appliedAt");
            assertThat(unit(buildingId + "-101")).containsEntry("listPrice", 3100000.00)
                    .containsEntry("pricePerSquareMetre", 26160.34);
            assertThat(unit(buildingId + "-202")).containsEntry("listPrice", 2950000.50);
            assertThat(unit(buildingId + "-102")).as("the held unit keeps its deal's price")
                    .containsEntry("listPrice", 3000000.00).containsEntry("status", "HELD");

            Answer second = post(PM, prices(buildingId), upload("floor,number,listPrice\n1,1,3150000\n"));
            assertThat(second.status()).as(second.text()).isEqualTo(201);
            assertThat(second.map()).containsEntry("version", 2);

            Answer history = server.as(HEAD_OFFICE.token()).get(prices(buildingId));
            assertThat(history.status()).isEqualTo(200);
            assertThat((List<Map<String, Object>>) history.map().get("versions")).satisfiesExactly(
                    v1 -> assertThat(v1).containsEntry("version", 1).containsEntry("appliedBy", "u-pm-1")
                            .containsEntry("changed", 2).containsEntry("notRepriced", 1).containsEntry("state", "APPLIED"),
                    v2 -> assertThat(v2).containsEntry("version", 2).containsEntry("changed", 1));
            Answer one = server.as(PM.token()).get(prices(buildingId) + "/1");
            assertThat(one.status()).isEqualTo(200);
            assertThat((List<Map<String, Object>>) one.map().get("changes")).extracting(c -> c.get("unitId"))
                    .containsExactly(buildingId + "-101", buildingId + "-202");

            ConsumerRecord<String, String> record = capture.awaitRecords(r -> buildingId.equals(r.key())
                    && UnitsRepriced.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst();
            UnitsRepriced repriced = EventJson.read(record.value(), UnitsRepriced.class);
            assertThat(repriced.version()).isEqualTo(1);
            assertThat(repriced.repricedBy()).isEqualTo("u-pm-1");
            assertThat(repriced.changes()).extracting(UnitsRepriced.Change::newPrice)
                    .containsExactly(new BigDecimal("3100000.00"), new BigDecimal("2950000.50"));
            ConsumerRecord<String, String> imported = capture.awaitRecords(r -> buildingId.equals(r.key())
                    && UnitsImported.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst();
            assertThat(EventJson.read(imported.value(), UnitsImported.class)).satisfies(event -> {
                assertThat(event.units()).isEqualTo(4);
                assertThat(event.importedBy()).isEqualTo("u-pm-1");
            });
        }
    }

    @Test
    @DisplayName("UNIT-1: a re-import with an unknown unit, a duplicate or a bad price is reported row by row and applying it changes nothing (400)")
    void allOrNothing() {
        String buildingId = fixtures().building();
        String csv = """
                floor,number,listPrice
                2,1,3200000
                9,1,3200000
                1,1,-5
                2,1,3300000
                """;

        Answer check = post(PM, prices(buildingId) + "/check", upload(csv));
        Answer refused = post(PM, prices(buildingId), upload(csv));
        Answer nothingToChange = post(PM, prices(buildingId), upload("floor,number,listPrice\n1,1,3000000\n"));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.map()).containsEntry("valid", false);
        assertThat((List<Map<String, Object>>) check.map().get("problems")).containsExactly(
                Map.of("row", 3, "column", "number", "reason", "the building has no unit 1 on floor 9"),
                Map.of("row", 4, "column", "listPrice", "reason", "must be more than 0"),
                Map.of("row", 5, "column", "number", "reason", "duplicates unit 1 on floor 2"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.map()).containsEntry("valid", false);
        assertThat(nothingToChange.status()).isEqualTo(400);
        assertThat(nothingToChange.map()).containsEntry("field", "content");
        assertThat(unit(buildingId + "-201")).containsEntry("listPrice", 3000000.00);
        assertThat((List<?>) server.as(PM.token()).get(prices(buildingId)).map().get("versions")).isEmpty();
    }

    @Test
    @DisplayName("UNIT-2: a unit held between the check and the apply is not repriced, and the version says so")
    void heldBetweenCheckAndApply() {
        String buildingId = fixtures().building();
        String csv = "floor,number,listPrice\n1,1,3100000\n1,2,3100000\n";
        Answer check = post(PM, prices(buildingId) + "/check", upload(csv));
        assertThat(check.map()).containsEntry("changed", 2);

        assertThat(fixtures().hold(buildingId + "-101", "deal-late").status()).isEqualTo(200);
        Answer applied = post(PM, prices(buildingId), upload(csv));

        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        assertThat(applied.map()).containsEntry("changed", 1);
        assertThat((List<Map<String, Object>>) applied.map().get("notRepriced")).singleElement().satisfies(kept ->
                assertThat(kept).containsEntry("unitId", buildingId + "-101")
                        .containsEntry("reason", "not repriced: HELD for deal deal-late"));
        assertThat(unit(buildingId + "-101")).containsEntry("listPrice", 3000000.00);
        assertThat(unit(buildingId + "-102")).containsEntry("listPrice", 3100000.00);
    }

    @Test
    @DisplayName("UNIT-1: two re-imports applied at the same moment become versions 1 and 2, each complete; no number taken twice, no change lost")
    void simultaneousApplies() throws Exception {
        String buildingId = fixtures().building();
        List<Map<String, Object>> lists = List.of(upload("floor,number,listPrice\n1,1,3100000\n"),
                upload("floor,number,listPrice\n1,2,3200000\n2,2,3300000\n"));
        List<Answer> answers = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            List<java.util.concurrent.Callable<Answer>> applies = lists.stream()
                    .<java.util.concurrent.Callable<Answer>>map(body -> () -> post(PM, prices(buildingId), body)).toList();
            for (java.util.concurrent.Future<Answer> answer : pool.invokeAll(applies)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(Answer::status).containsExactly(201, 201);
        assertThat(answers).extracting(a -> a.map().get("version")).containsExactlyInAnyOrder(1, 2);
        assertThat((List<Map<String, Object>>) server.as(PM.token()).get(prices(buildingId)).map().get("versions"))
                .extracting(v -> v.get("state"), v -> v.get("changed")).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("APPLIED", 1), org.assertj.core.groups.Tuple.tuple("APPLIED", 2));
        assertThat(unit(buildingId + "-101")).containsEntry("listPrice", 3100000.00);
        assertThat(unit(buildingId + "-102")).containsEntry("listPrice", 3200000.00);
        assertThat(unit(buildingId + "-202")).containsEntry("listPrice", 3300000.00);
    }

    @Test
    @DisplayName("a building stored before buildings carried an outbox (no outbox, no version field) still reads, and its price-list history is empty")
    void buildingStoredBeforeTheOutbox() {
        mongo.getCollection("buildings").insertOne(new org.bson.Document("_id", "bld-old").append("developerId", DEVELOPER)
                .append("officeId", InventoryServiceIT.OFFICE).append("projectId", "proj-old").append("name", "旧")
                .append("floors", 0).append("unitsPerFloor", 0));

        Answer board = server.as(PM.token()).get("/api/inventory/buildings/bld-old");
        Answer history = server.as(PM.token()).get(prices("bld-old"));

        assertThat(board.status()).as(board.text()).isEqualTo(200);
        assertThat(history.status()).as(history.text()).isEqualTo(200);
        assertThat((List<?>) history.map().get("versions")).isEmpty();
    }

    /** Writes version 1 APPLYING and reprices only the first unit, as an apply that crashed there would have. */
    PriceListVersion crashedAfterFirstUnit(String buildingId, String csv) {
        Building building = buildings.find(buildingId).orElseThrow();
        List<List<String>> grid = csv.lines().map(line -> List.of(line.split(","))).toList();
        Repricing plan = Repricing.plan(units.inBuilding(buildingId), PriceList.readPrices(grid));
        PriceListVersion started = PriceListVersion.begin(building, 1, "crashed.csv", "u-pm-1", Instant.now(), plan);
        versions.begin(started);
        Repricing.PriceChange first = plan.changes().getFirst();
        Unit unit = units.find(first.unitId()).orElseThrow();
        units.reprice(unit, first.newPrice(), started.marker());
        return started;
    }

    @Test
    @DisplayName("UNIT-1: an apply that crashed after its first unit is rolled forward by the next read (never shown applied half-way): the rest repriced once, a unit held since kept, one inventory.units-repriced; the sweep completes another")
    void crashRolledForward() {
        String buildingId = fixtures().building();
        String csv = "floor,number,listPrice\n1,1,3100000\n1,2,3200000\n2,1,3300000\n";
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            crashedAfterFirstUnit(buildingId, csv);
            assertThat(fixtures().hold(buildingId + "-201", "deal-since").status()).isEqualTo(200);
            assertThat(versions.find(buildingId, 1).orElseThrow().state()).isEqualTo(PriceListVersion.State.APPLYING);

            Answer history = server.as(PM.token()).get(prices(buildingId));

            assertThat((List<Map<String, Object>>) history.map().get("versions")).singleElement().satisfies(v ->
                    assertThat(v).containsEntry("state", "APPLIED").containsEntry("changed", 2).containsEntry("notRepriced", 1));
            assertThat(unit(buildingId + "-101")).containsEntry("listPrice", 3100000.00);
            assertThat(unit(buildingId + "-102")).containsEntry("listPrice", 3200000.00);
            assertThat(unit(buildingId + "-201")).containsEntry("listPrice", 3000000.00);
            Map<String, Object> one = server.as(PM.token()).get(prices(buildingId) + "/1").map();
            assertThat((List<Map<String, Object>>) one.get("notRepriced")).singleElement().satisfies(kept ->
                    assertThat(kept).containsEntry("reason", "not repriced: HELD for deal deal-since"));
            capture.awaitRecords(r -> buildingId.equals(r.key()) && UnitsRepriced.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)));
            await().during(java.time.Duration.ofMillis(500)).until(() -> capture.ofType(UnitsRepriced.TYPE).stream()
                    .filter(r -> buildingId.equals(r.key())).count() == 1);

            String other = fixtures().building();
            crashedAfterFirstUnit(other, csv);
            // the periodic job (support.scheduling) completes it: asked here as its schedule asks
            await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
                jobs.runIfFree("price-list-roll-forward");
                return versions.find(other, 1).orElseThrow().state() == PriceListVersion.State.APPLIED;
            });
            assertThat(versions.find(other, 1).orElseThrow()).satisfies(v -> {
                assertThat(v.state()).isEqualTo(PriceListVersion.State.APPLIED);
                assertThat(v.changes()).hasSize(3);
            });
            assertThat(unit(other + "-201")).containsEntry("listPrice", 3300000.00);
        }
    }

    @Test
    @DisplayName("UNIT-6, office isolation: a consultant may not reprice (403 naming the action), finance may not read the history (403), another office's staff get 404, an unknown building or version 404; nothing changes (a bad file or version number: PriceListControllerTest)")
    void whoMayAndBadInput() {
        String buildingId = fixtures().building();
        Map<String, Object> body = upload("floor,number,listPrice\n1,1,3100000\n");

        Answer consultant = post(CONSULTANT, prices(buildingId), body);
        Answer finance = server.as(FINANCE.token()).get(prices(buildingId));
        Answer away = post(AWAY, prices(buildingId), body);
        Answer awayRead = server.as(AWAY.token()).get(prices(buildingId));
        Answer unknown = post(PM, prices("bld-nope") + "/check", body);
        Answer noVersion = server.as(PM.token()).get(prices(buildingId) + "/9");

        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map()).containsEntry("action", "reprice a building");
        assertThat(finance.status()).isEqualTo(403);
        assertThat(away.status()).isEqualTo(404);
        assertThat(awayRead.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(noVersion.status()).isEqualTo(404);
        assertThat(unit(buildingId + "-101")).containsEntry("listPrice", 3000000.00);
        assertThat(versions.of(buildingId)).isEmpty();
    }
}
