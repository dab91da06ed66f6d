package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.AWAY;
import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** UNIT-5: the sales-control board, with sell-through, and pushed live to whoever watches it. */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class BoardStreamIT {

    static final JsonMapper JSON = new JsonMapper();

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${local.server.port}")
    int port;
    UnitFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new UnitFixtures(server, kafka);
    }

    static Map<String, Object> unitOn(Map<String, Object> board, String unitId) {
        return ((List<Map<String, Object>>) board.get("grid")).stream()
                .flatMap(floor -> ((List<Map<String, Object>>) floor.get("units")).stream())
                .filter(u -> unitId.equals(u.get("unitId"))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("UNIT-5: a watcher of a building's board gets the current board at once and the changed board within 1 s of a hold, with status, hold expiry and counts")
    void boardPushedWithinOneSecond() throws Exception {
        String buildingId = fixtures.building();
        String unitId = buildingId + "-201";
        BlockingQueue<Map<String, Object>> boards = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest watch = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/inventory/buildings/"
                + buildingId + "/board/stream?seconds=30")).header("Authorization", "Bearer " + CONSULTANT.token())
                .header("Accept", "text/event-stream").build();
        Thread watcher = Thread.ofVirtual().start(() -> {
            try {
                client.send(watch, HttpResponse.BodyHandlers.ofLines()).body()
                        .filter(line -> line.startsWith("data:"))
                        .forEach(line -> boards.add(JSON.readValue(line.substring(5), Map.class)));
            } catch (Exception e) {
                // the stream ends when the test is over
            }
        });
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !boards.isEmpty());
            Map<String, Object> first = boards.take();
            assertThat((Map<String, Object>) first.get("counts")).containsEntry("AVAILABLE", 4).containsEntry("HELD", 0);

            Answer held = fixtures.hold(unitId, "deal-live");
            long heldAt = System.nanoTime();
            assertThat(held.status()).isEqualTo(200);
            Map<String, Object> pushed = boards.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            long tookMillis = (System.nanoTime() - heldAt) / 1_000_000;

            assertThat(pushed).as("a board pushed within 1 s of the hold").isNotNull();
            assertThat(tookMillis).isLessThan(1000);
            assertThat((Map<String, Object>) pushed.get("counts")).containsEntry("HELD", 1).containsEntry("AVAILABLE", 3);
            assertThat(unitOn(pushed, unitId)).containsEntry("status", "HELD").containsEntry("heldForDeal", "deal-live")
                    .containsEntry("listPrice", 3000000.00).containsKey("holdExpiresAt");
            assertThat(unitOn(pushed, unitId).get("holdExpiresAt")).isNotNull();
        } finally {
            watcher.interrupt();
            client.shutdownNow();
        }
    }

    @Test
    @DisplayName("UNIT-5: sell-through counts reserved units against all units of the building, by number and list value")
    void sellThrough() {
        String buildingId = fixtures.building();
        fixtures.hold(buildingId + "-101", "deal-S1");
        fixtures.reserve(buildingId + "-101", "deal-S1");

        Map<String, Object> board = server.as(CONSULTANT.token()).get("/api/inventory/buildings/" + buildingId).map();

        assertThat(board).containsEntry("sellThrough", 0.25).containsEntry("soldValue", 3000000.00)
                .containsEntry("totalValue", 12000000.00);
    }

    @Test
    @DisplayName("UNIT-5, UNIT-6: another office's staff cannot watch the board (404), nor can anyone without a token (401)")
    void watchingIsScoped() {
        String buildingId = fixtures.building();

        Answer away = server.as(AWAY.token()).get("/api/inventory/buildings/" + buildingId + "/board/stream?seconds=0");
        Answer anonymous = server.get("/api/inventory/buildings/" + buildingId + "/board/stream?seconds=0");
        Answer snapshot = server.as(CONSULTANT.token()).get("/api/inventory/buildings/" + buildingId + "/board/stream?seconds=0");

        assertThat(away.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.text()).startsWith("event:board").contains("\"buildingId\":\"" + buildingId + "\"");
    }
}
