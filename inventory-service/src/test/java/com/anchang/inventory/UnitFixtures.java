package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static com.anchang.inventory.InventoryServiceIT.OFFICE;
import static com.anchang.inventory.InventoryServiceIT.PM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.Topics;
import com.anchang.events.transaction.DepositReceived;
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
import org.springframework.kafka.core.KafkaTemplate;

/** Buildings, holds and reservations of office-1 for the service ITs, made as the users and services would. */
record UnitFixtures(TestHttp server, KafkaTemplate<String, String> kafka) {

    /** A fresh building of office-1 (2 floors × 2 units, 3,000,000.00 each); returns its id. */
    String building() {
        return building(2, 2);
    }

    String building(int floors, int perFloor) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int floor = 1; floor <= floors; floor++) {
            for (int number = 1; number <= perFloor; number++) {
                lines.add(InventoryServiceIT.line(floor, number, "3000000.00"));
            }
        }
        Answer created = server.as(PM.token()).call("POST", "/api/inventory/buildings", Map.of("officeId", OFFICE,
                "projectId", "proj-fx", "name", "F" + UUID.randomUUID().toString().substring(0, 6), "units", lines));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.text("buildingId");
    }

    Answer hold(String unitId, String dealId) {
        return server.as(CONSULTANT.token()).call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", "王先生"));
    }

    /** The deal's formal deposit, as transaction-service publishes it; waits until the unit is RESERVED. */
    void reserve(String unitId, String dealId) {
        DepositReceived deposit = new DepositReceived(dealId, "dev-1", OFFICE, unitId, "c-1", "lead-1", "王先生",
                "13812345678", new BigDecimal("50000.00"), Instant.now(), LocalDate.now().plusDays(30));
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, OFFICE, UUID.randomUUID().toString(), deposit);
        await().until(() -> "RESERVED".equals(server.as(CONSULTANT.token()).get("/api/inventory/units/" + unitId)
                .map().get("status")));
    }
}
