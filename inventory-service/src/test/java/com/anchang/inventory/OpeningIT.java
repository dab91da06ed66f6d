package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.AWAY;
import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static com.anchang.inventory.InventoryServiceIT.OFFICE;
import static com.anchang.inventory.InventoryServiceIT.OTHER_OFFICE;
import static com.anchang.inventory.InventoryServiceIT.PM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.OpeningStarted;
import com.anchang.inventory.application.TakenUnits;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** 开盘: units on sale at a set time (OPEN-1), at most N per buyer (OPEN-2), first come first served. */
@ServiceIntegrationTest
class OpeningIT {

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TakenUnits taken;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    UnitFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new UnitFixtures(server, kafka);
    }

    static List<String> units(String buildingId, int floors, int perFloor) {
        List<String> ids = new ArrayList<>();
        for (int f = 1; f <= floors; f++) {
            for (int n = 1; n <= perFloor; n++) {
                ids.add(buildingId + "-" + f + String.format("%02d", n));
            }
        }
        return ids;
    }

    Answer open(List<String> unitIds, Instant opensAt, Integer quota) {
        Map<String, Object> body = new HashMap<>(Map.of("officeId", OFFICE, "name", "3号楼首开", "unitIds", unitIds,
                "opensAt", opensAt.toString()));
        if (quota != null) {
            body.put("quotaPerBuyer", quota);
        }
        return server.as(PM.token()).call("POST", "/api/inventory/openings", body);
    }

    Answer hold(String unitId, String dealId, String buyer) {
        return server.as(CONSULTANT.token()).call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", buyer));
    }

    @Test
    @DisplayName("OPEN-1: the PM opens a batch at a set time (inventory.opening-started); a hold before it is refused 409 naming OPEN-1 and the opening")
    void noHoldBeforeTheOpening() {
        List<String> batch = units(fixtures.building(), 2, 2);
        Instant opensAt = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            Answer opened = open(batch, opensAt, null);
            String openingId = opened.text("openingId");
            Answer early = hold(batch.get(0), "deal-early", "赵先生");

            assertThat(opened.status()).as(opened.text()).isEqualTo(201);
            assertThat(opened.map()).containsEntry("quotaPerBuyer", 2).containsEntry("openedBy", "u-pm-1");
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.map()).containsEntry("rule", "OPEN-1");
            assertThat(early.text("detail")).contains("opening " + openingId);
            assertThat(server.as(CONSULTANT.token()).get("/api/inventory/units/" + batch.get(0)).map())
                    .containsEntry("status", "AVAILABLE").containsEntry("openingId", openingId)
                    .containsEntry("onSaleFrom", opensAt.toString());
            assertThat(server.as(CONSULTANT.token()).get("/api/inventory/openings/" + openingId).map())
                    .containsEntry("unitIds", batch);
            OpeningStarted started = EventJson.read(capture.awaitRecords(r -> openingId.equals(r.key())
                    && OpeningStarted.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    OpeningStarted.class);
            assertThat(started.opensAt()).isEqualTo(opensAt);
            assertThat(started.unitIds()).isEqualTo(batch);
        }
    }

    @Test
    @DisplayName("OPEN-2: one buyer firing 12 simultaneous holds on 12 units of an opening gets exactly the quota of 2, the rest 409 naming OPEN-2; a cancelled hold gives the slot back")
    void oneBuyerNeverExceedsTheQuota() throws Exception {
        List<String> batch = units(fixtures.building(3, 4), 3, 4);
        Answer opened = open(batch, Instant.now().minusSeconds(1), 2);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        TestHttp consultant = server.as(CONSULTANT.token());

        List<Answer> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Callable<Answer>> attempts = IntStream.range(0, 12).<Callable<Answer>>mapToObj(i -> () -> consultant.call(
                    "POST", "/api/inventory/units/" + batch.get(i) + "/hold",
                    Map.of("dealId", "deal-q" + i, "buyerRef", "钱女士"))).toList();
            for (Future<Answer> f : pool.invokeAll(attempts)) {
                answers.add(f.get());
            }
        }

        List<Integer> statuses = answers.stream().map(Answer::status).toList();
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(2);
        assertThat(answers.stream().filter(a -> a.status() != 200))
                .allSatisfy(a -> assertThat(a.map()).containsEntry("rule", "OPEN-2"));
        List<String> heldUnits = batch.stream().filter(u -> "HELD".equals(
                consultant.get("/api/inventory/units/" + u).map().get("status"))).toList();
        assertThat(heldUnits).hasSize(2);
        assertThat(mongo.count(query(where("_id").regex("^" + Pattern.quote(opened.text("openingId") + "|钱女士|"))),
                "opening_buyer_slots")).isEqualTo(2);

        String cancelled = heldUnits.get(0);
        String deal = consultant.get("/api/inventory/units/" + cancelled).text("heldForDeal");
        Answer cancel = server.as(PM.token()).call("POST", "/api/inventory/units/" + cancelled + "/cancel",
                Map.of("dealId", deal, "reason", "buyer changed units"));
        String other = batch.stream().filter(u -> !heldUnits.contains(u)).findFirst().orElseThrow();
        Answer again = hold(other, "deal-again", "钱女士");
        Answer another = hold(batch.stream().filter(u -> !heldUnits.contains(u) && !u.equals(other)).findFirst()
                .orElseThrow(), "deal-another", "孙先生");

        assertThat(cancel.status()).isEqualTo(200);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(another.status()).as("another buyer has a quota of their own").isEqualTo(200);
    }

    @Test
    @DisplayName("OPEN-2: a quota slot left behind by a cancellation that stopped before freeing it is reclaimed when the buyer next holds; a slot whose unit still holds it never is")
    void slotLeftByACrashIsReclaimed() {
        List<String> batch = units(fixtures.building(1, 3), 1, 3);
        Answer opened = open(batch, Instant.now().minusSeconds(1), 1);
        String slot = opened.text("openingId") + "|林先生|1";
        Answer first = hold(batch.get(0), "deal-s1", "林先生");
        Answer cancel = server.as(PM.token()).call("POST", "/api/inventory/units/" + batch.get(0) + "/cancel",
                Map.of("dealId", "deal-s1", "reason", "buyer withdrew"));
        // the state a crash between the cancellation's unit write and its freeing of the slot leaves
        java.util.Date tenMinutesAgo = java.util.Date.from(Instant.now().minusSeconds(600));
        mongo.getCollection("opening_buyer_slots").insertOne(new org.bson.Document("_id", slot)
                .append("takenAt", tenMinutesAgo).append("unitId", batch.get(0)));

        Answer afterCrash = hold(batch.get(1), "deal-s2", "林先生");
        mongo.getCollection("opening_buyer_slots").updateOne(com.mongodb.client.model.Filters.eq("_id", slot),
                new org.bson.Document("$set", new org.bson.Document("takenAt", tenMinutesAgo)));
        Answer overQuota = hold(batch.get(2), "deal-s3", "林先生");

        assertThat(first.status()).isEqualTo(200);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(afterCrash.status()).as(afterCrash.text()).isEqualTo(200);
        assertThat(overQuota.status()).isEqualTo(409);
        assertThat(overQuota.map()).containsEntry("rule", "OPEN-2");
        assertThat(mongo.getCollection("opening_buyer_slots").find(com.mongodb.client.model.Filters.eq("_id", slot))
                .first()).containsEntry("unitId", batch.get(1));
    }

    @Test
    @DisplayName("UNIT-2: in an opening, later buyers on a held unit are refused from the instance's memory with the store's very words (another office's staff still 404); once the PM cancels the hold the next buyer wins")
    void takenUnitsRefusedFromMemoryUntilReleased() {
        List<String> batch = units(fixtures.building(1, 2), 1, 2);
        assertThat(open(batch, Instant.now().minusSeconds(1), 2).status()).isEqualTo(201);
        String unit = batch.get(0);
        long before = taken.refusals();

        Answer won = hold(unit, "deal-m1", "周先生");
        Answer fromStore = hold(unit, "deal-m2", "吴女士");
        Answer fromMemory = hold(unit, "deal-m3", "郑先生");
        Answer away = server.as(AWAY.token()).call("POST", "/api/inventory/units/" + unit + "/hold",
                Map.of("dealId", "deal-m4", "buyerRef", "王先生"));
        long refusedFromMemory = taken.refusals() - before;
        Answer cancel = server.as(PM.token()).call("POST", "/api/inventory/units/" + unit + "/cancel",
                Map.of("dealId", "deal-m1", "reason", "buyer withdrew"));
        Answer next = hold(unit, "deal-m5", "冯女士");

        assertThat(won.status()).isEqualTo(200);
        assertThat(fromStore.status()).isEqualTo(409);
        assertThat(fromMemory.status()).isEqualTo(409);
        assertThat(fromMemory.map()).containsEntry("rule", "UNIT-2");
        assertThat(fromMemory.text("detail")).isEqualTo(fromStore.text("detail")).contains("held by another deal at");
        assertThat(away.status()).isEqualTo(404);
        assertThat(refusedFromMemory).as("the third buyer was refused from memory").isEqualTo(1);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(next.status()).as(next.text()).isEqualTo(200);
        assertThat(next.text("heldForDeal")).isEqualTo("deal-m5");
    }

    @Test
    @DisplayName("OPEN-1: an opening by a consultant is 403, into an office without a role 404, with an unknown unit 404, with a held unit 409 — and no unit of the batch changes (a bad quota or time: OpeningControllerTest)")
    void badOpenings() {
        String buildingId = fixtures.building();
        List<String> batch = units(buildingId, 2, 2);
        fixtures.hold(batch.get(3), "deal-taken");
        Instant at = Instant.now().plusSeconds(600);
        Map<String, Object> body = Map.of("officeId", OFFICE, "name", "x", "unitIds", batch.subList(0, 2),
                "opensAt", at.toString());

        Answer consultant = server.as(CONSULTANT.token()).call("POST", "/api/inventory/openings", body);
        Answer away = server.as(AWAY.token()).call("POST", "/api/inventory/openings", Map.of("officeId", OTHER_OFFICE,
                "name", "x", "unitIds", batch.subList(0, 2), "opensAt", at.toString()));
        Answer unknown = open(List.of(batch.get(0), "no-such-unit"), at, null);
        Answer withHeld = open(batch, at, null);

        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map()).containsEntry("action", "open units for sale");
        assertThat(away.status()).as("another office's units are unknown to its PM").isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(withHeld.status()).isEqualTo(409);
        assertThat(withHeld.map()).containsEntry("rule", "OPEN-1");
        for (String unitId : batch.subList(0, 3)) {
            assertThat(server.as(PM.token()).get("/api/inventory/units/" + unitId).map())
                    .containsEntry("openingId", null).containsEntry("status", "AVAILABLE");
        }
        assertThat(mongo.count(query(where("name").is("x")), "openings")).isZero();
    }
}
