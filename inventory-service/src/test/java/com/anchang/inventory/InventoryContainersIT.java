package com.anchang.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.ServiceContainersTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every flow of {@link InventoryServiceIT} again (cataloguing, UNIT-2's race and refusals, the hold
 * event out and the deposit event in), on a real MongoDB (replica set) and a real Kafka broker in
 * containers instead of the in-process stand-ins; and what the stand-in cannot show: the standard
 * Mongo health check. Skipped where no Docker engine is available.
 */
@ServiceContainersTest
class InventoryContainersIT extends InventoryServiceIT {

    @Test
    @DisplayName("on real MongoDB, health uses the standard Mongo check (the embedded store's own check is off)")
    @SuppressWarnings("unchecked")
    void healthUsesTheStandardMongoCheck() {
        Map<?, ?> health = server.get("/actuator/health").map();
        Map<?, ?> mongo = (Map<?, ?>) ((Map<?, ?>) health.get("components")).get("mongo");

        assertThat(mongo.get("status")).isEqualTo("UP");
        assertThat((Map<String, Object>) mongo.get("details")).containsKey("maxWireVersion");
    }
}
