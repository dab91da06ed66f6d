package com.anchang.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same service against a real MongoDB (replica set) and a real Kafka broker in containers, so
 * what the embedded stand-ins cannot show (real index use, the standard Mongo health check) is
 * checked where Docker runs. Skipped where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
@Import(TestHttp.LocalServer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anchang.mongo.embedded=false", "logging.structured.format.console="})
@ContextConfiguration(initializers = TestTokens.Issuer.class)
class InventoryOnRealInfrastructureIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0.12");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("inventory"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @Autowired
    TestHttp server;

    @Test
    @DisplayName("UNIT-2 on real MongoDB and Kafka: of 16 simultaneous holds one wins and its event is published; health uses the standard check")
    @SuppressWarnings("unchecked")
    void raceOnRealInfrastructure() throws Exception {
        TestHttp pm = server.as(TestTokens.staff("u-pm", "d").at("o", "PM").token());
        TestHttp consultant = server.as(TestTokens.staff("u-consultant", "d").at("o", "CONSULTANT").token());
        Map<String, Object> building = pm.call("POST", "/api/inventory/buildings", Map.of("officeId", "o",
                "projectId", "p", "name", "5", "units", List.of(Map.of("floor", 1, "number", 1, "layout", "2室",
                        "grossArea", "90.00", "netArea", "70.00", "orientation", "南", "listPrice", "2000000.00")))).map();
        String unitId = building.get("buildingId") + "-101";

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> statuses = new ArrayList<>();
        try (EventCapture capture = new EventCapture(KAFKA.getBootstrapServers(), Topics.INVENTORY)) {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String dealId = "deal-" + i;
                attempts.add(() -> consultant.call("POST", "/api/inventory/units/" + unitId + "/hold",
                        Map.of("dealId", dealId, "buyerRef", "b")).status());
            }
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
            assertThat(capture.awaitType(UnitHeld.TYPE)).allSatisfy(r -> assertThat(r.key()).isEqualTo(unitId))
                    .hasSize(1).first().satisfies(r -> assertThat(EventCapture.header(r, EventHeaders.OFFICE_ID)).isEqualTo("o"));
        } finally {
            pool.shutdownNow();
        }
        Map<?, ?> health = server.get("/actuator/health").map();
        Map<?, ?> mongo = (Map<?, ?>) ((Map<?, ?>) health.get("components")).get("mongo");
        assertThat(mongo.get("status")).isEqualTo("UP");
        assertThat((Map<String, Object>) mongo.get("details")).containsKey("maxWireVersion");
    }
}
