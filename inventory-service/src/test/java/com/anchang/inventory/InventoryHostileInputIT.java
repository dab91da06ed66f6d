package com.anchang.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.HostileInput;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Hostile input for every operation of inventory-service's OpenAPI document (issue: proof of reliability):
 * every answer a 4xx problem naming the field or a correct 2xx, never a 5xx, and nothing stored by a refusal.
 */
@ServiceIntegrationTest
class InventoryHostileInputIT {

    @Autowired
    TestHttp server;

    @Autowired
    MongoTemplate mongo;

    String catalogued() {
        Answer created = server.as(Who.PM.staff().token()).call("POST", "/api/inventory/buildings",
                InventoryAuthorizationMatrixIT.building("H" + UUID.randomUUID().toString().substring(0, 6), 2));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.text("buildingId");
    }

    static Map<String, Object> mutable(Map<String, Object> body) {
        return new LinkedHashMap<>(body);
    }

    @Test
    @DisplayName("hostile input (UNIT-1..6, OPEN-1): ≥ 200 cases from the OpenAPI document, 0 × 5xx, every refusal a problem and nothing stored")
    void everyOperation() {
        String buildingId = catalogued();
        String unitId = buildingId + "-101";
        Answer opening = server.as(Who.PM.staff().token()).call("POST", "/api/inventory/openings", Map.of(
                "officeId", AuthorizationMatrix.HOME_OFFICE, "name", "首开", "unitIds", List.of(buildingId + "-201"),
                "opensAt", java.time.Instant.now().plusSeconds(3600).toString()));
        assertThat(opening.status()).as(opening.text()).isEqualTo(201);

        HostileInput.assertCleanAsEach("inventory-service", Map.of("PM", server.as(Who.PM.staff().token())),
                hostile -> hostile
                .id("buildingId", buildingId).id("unitId", unitId).id("openingId", opening.text("openingId"))
                .id("version", "1")
                .sample("POST /api/inventory/buildings", () -> mutable(InventoryAuthorizationMatrixIT.building("S", 1)))
                .sample("POST /api/inventory/units/{unitId}/withhold", () -> mutable(Map.of("reason", "kept")))
                .sample("POST /api/inventory/units/{unitId}/release", () -> mutable(Map.of("reason", "back")))
                .sample("POST /api/inventory/units/{unitId}/discount/approve", () -> mutable(Map.of("reason", "ok")))
                .sample("POST /api/inventory/units/{unitId}/discount/reject", () -> mutable(Map.of("reason", "no")))
                .sample("POST /api/inventory/units/{unitId}/cancel",
                        () -> mutable(Map.of("dealId", "deal-h", "reason", "buyer withdrew")))
                .sample("POST /api/inventory/openings", () -> mutable(Map.of("officeId", AuthorizationMatrix.HOME_OFFICE,
                        "name", "二开", "unitIds", List.of(buildingId + "-102"),
                        "opensAt", java.time.Instant.now().plusSeconds(7200).toString())))
                .sample("POST /api/inventory/price-lists/check", () -> mutable(InventoryAuthorizationMatrixIT.priceList("P")))
                .sample("POST /api/inventory/price-lists", () -> mutable(InventoryAuthorizationMatrixIT.priceList("Q")))
                .sample("POST /api/inventory/buildings/{buildingId}/price-lists/check",
                        () -> mutable(InventoryAuthorizationMatrixIT.repricing("2300000")))
                .sample("POST /api/inventory/buildings/{buildingId}/price-lists",
                        () -> mutable(InventoryAuthorizationMatrixIT.repricing("2300000")))
                // the hold-expiry job empties the calendar's past hours on its own, whatever a request does (a
                // fresh-clone run crossed 19:00 and saw an hour's document go while a refusal was checked)
                .store(mongo.getDb(), "hold_expiry_hours"), 200);
    }
}
