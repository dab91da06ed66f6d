package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.AWAY;
import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static com.anchang.inventory.InventoryServiceIT.FINANCE;
import static com.anchang.inventory.InventoryServiceIT.OFFICE;
import static com.anchang.inventory.InventoryServiceIT.PM;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.DiscountRejected;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitWithheld;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Sales control by the PM: 控房 (withhold/release) and cancellation, UNIT-1, through the HTTP API. */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class SalesControlIT {

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    TestHttp as(TestTokens.Staff staff) {
        return server.as(staff.token());
    }

    /** A fresh building of office-1 (2 floors × 2 units); returns its id. */
    String building() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int floor = 1; floor <= 2; floor++) {
            for (int number = 1; number <= 2; number++) {
                lines.add(InventoryServiceIT.line(floor, number, "3000000.00"));
            }
        }
        Answer created = as(PM).call("POST", "/api/inventory/buildings", Map.of("officeId", OFFICE,
                "projectId", "proj-sc", "name", "S" + UUID.randomUUID().toString().substring(0, 4), "units", lines));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.text("buildingId");
    }

    Answer post(TestTokens.Staff staff, String path, Map<String, Object> body) {
        return as(staff).call("POST", path, body);
    }

    Answer hold(String unitId, String dealId) {
        return post(CONSULTANT, "/api/inventory/units/" + unitId + "/hold", Map.of("dealId", dealId, "buyerRef", "王先生"));
    }

    Map<String, Object> unit(String unitId) {
        return as(PM).get("/api/inventory/units/" + unitId).map();
    }

    @Test
    @DisplayName("UNIT-1: the PM withholds a unit (控房) with a reason, a hold on it is refused 409 naming UNIT-1, the PM releases it and it can be held; both published")
    void withholdRefusesHoldsUntilReleased() {
        String unitId = building() + "-101";
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            Answer withheld = post(PM, "/api/inventory/units/" + unitId + "/withhold", Map.of("reason", "kept for the developer"));
            Answer refused = hold(unitId, "deal-W1");
            Answer released = post(PM, "/api/inventory/units/" + unitId + "/release", Map.of("reason", "second batch"));
            Answer held = hold(unitId, "deal-W2");

            assertThat(withheld.status()).isEqualTo(200);
            assertThat(withheld.map()).containsEntry("status", "WITHHELD").containsEntry("withheldReason", "kept for the developer")
                    .containsEntry("withheldBy", "u-pm-1");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.map()).containsEntry("rule", "UNIT-1");
            assertThat(refused.text("detail")).contains("withheld from sale (控房): kept for the developer");
            assertThat(released.status()).isEqualTo(200);
            assertThat(released.map()).containsEntry("status", "AVAILABLE");
            assertThat(held.status()).isEqualTo(200);

            List<ConsumerRecord<String, String>> records = capture.awaitCount(r -> unitId.equals(r.key())
                    && !"inventory.unit-held".equals(EventCapture.header(r, EventHeaders.TYPE)), 2);
            UnitWithheld w = EventJson.read(records.get(0).value(), UnitWithheld.class);
            UnitReleased r = EventJson.read(records.get(1).value(), UnitReleased.class);
            assertThat(w.reason()).isEqualTo("kept for the developer");
            assertThat(w.withheldBy()).isEqualTo("u-pm-1");
            assertThat(r.fromStatus()).isEqualTo("WITHHELD");
            assertThat(r.releasedBy()).isEqualTo("u-pm-1");
        }
    }

    @Test
    @DisplayName("UNIT-1: the PM cancels a deal's hold and the unit goes back on sale (inventory.unit-released from HELD); cancelling another deal is refused 409")
    void cancelPutsBackOnSale() {
        String unitId = building() + "-102";
        hold(unitId, "deal-C1");
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            Answer wrongDeal = post(PM, "/api/inventory/units/" + unitId + "/cancel", Map.of("dealId", "deal-C9", "reason", "x"));
            Answer cancelled = post(PM, "/api/inventory/units/" + unitId + "/cancel", Map.of("dealId", "deal-C1", "reason", "buyer withdrew"));

            assertThat(wrongDeal.status()).isEqualTo(409);
            assertThat(wrongDeal.map()).containsEntry("rule", "UNIT-1");
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.map()).containsEntry("status", "AVAILABLE").containsEntry("heldForDeal", null);
            UnitReleased released = EventJson.read(capture.awaitRecords(r -> unitId.equals(r.key())
                    && UnitReleased.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(), UnitReleased.class);
            assertThat(released.fromStatus()).isEqualTo("HELD");
            assertThat(released.dealId()).isEqualTo("deal-C1");
            assertThat(released.reason()).isEqualTo("buyer withdrew");
        }
    }

    @Test
    @DisplayName("UNIT-1: a consultant may not withhold (403 naming the action), another office's PM gets 404, an unknown unit 404; nothing changes (a blank reason: InventoryControllerTest)")
    void withholdRefusals() {
        String unitId = building() + "-201";

        Answer consultant = post(CONSULTANT, "/api/inventory/units/" + unitId + "/withhold", Map.of("reason", "mine"));
        Answer away = post(AWAY, "/api/inventory/units/" + unitId + "/withhold", Map.of("reason", "theirs"));
        Answer unknown = post(PM, "/api/inventory/units/no-such-unit/withhold", Map.of("reason", "r"));
        Answer releaseAvailable = post(PM, "/api/inventory/units/" + unitId + "/release", Map.of("reason", "r"));

        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map()).containsEntry("action", "withhold a unit");
        assertThat(away.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(releaseAvailable.status()).isEqualTo(409);
        assertThat(releaseAvailable.map()).containsEntry("rule", "UNIT-1");
        assertThat(unit(unitId)).containsEntry("status", "AVAILABLE").containsEntry("withheldReason", null);
    }

    Answer askDiscount(String unitId, String dealId, String amount) {
        return post(CONSULTANT, "/api/inventory/units/" + unitId + "/discount",
                Map.of("dealId", dealId, "amount", amount, "reason", "buyer pays in full"));
    }

    @Test
    @DisplayName("UNIT-4: a consultant asks for a discount on the held deal, a consultant's approval is refused 403, the PM approves with a reason (who/when recorded, inventory.discount-approved) and the deal's price drops")
    void discountApprovedByThePmOnly() {
        String unitId = building() + "-101";
        hold(unitId, "deal-D1");
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            Answer asked = askDiscount(unitId, "deal-D1", "30000.00");
            Answer byConsultant = post(CONSULTANT, "/api/inventory/units/" + unitId + "/discount/approve", Map.of("reason", "I can"));
            Answer byFinance = post(FINANCE, "/api/inventory/units/" + unitId + "/discount/approve", Map.of("reason", "me too"));
            assertThat(unit(unitId).get("discount")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("decision", "PENDING").containsEntry("decidedBy", null);
            Answer approved = post(PM, "/api/inventory/units/" + unitId + "/discount/approve", Map.of("reason", "full payment in 30 days"));

            assertThat(asked.status()).isEqualTo(200);
            assertThat(byConsultant.status()).isEqualTo(403);
            assertThat(byConsultant.map()).containsEntry("action", "approve a discount");
            assertThat(byFinance.status()).isEqualTo(403);
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.map()).containsEntry("dealPrice", 2970000.00);
            assertThat((Map<String, Object>) approved.map().get("discount")).containsEntry("decision", "APPROVED")
                    .containsEntry("decidedBy", "u-pm-1").containsEntry("requestedBy", "c-1")
                    .containsEntry("decisionReason", "full payment in 30 days").containsKey("decidedAt");
            DiscountApproved event = EventJson.read(capture.awaitRecords(r -> unitId.equals(r.key())
                    && DiscountApproved.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    DiscountApproved.class);
            assertThat(event.approvedBy()).isEqualTo("u-pm-1");
            assertThat(event.discountedPrice()).isEqualByComparingTo("2970000.00");
            assertThat(event.dealId()).isEqualTo("deal-D1");
        }
    }

    @Test
    @DisplayName("UNIT-4: the PM rejects a discount with a reason (inventory.discount-rejected), the list price stands")
    void discountRejected() {
        String unitId = building() + "-102";
        hold(unitId, "deal-D2");
        askDiscount(unitId, "deal-D2", "50000.00");
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            Answer rejected = post(PM, "/api/inventory/units/" + unitId + "/discount/reject", Map.of("reason", "beyond allowance"));

            assertThat(rejected.status()).isEqualTo(200);
            assertThat(rejected.map()).containsEntry("dealPrice", 3000000.00);
            DiscountRejected event = EventJson.read(capture.awaitRecords(r -> unitId.equals(r.key())
                    && DiscountRejected.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    DiscountRejected.class);
            assertThat(event.rejectedBy()).isEqualTo("u-pm-1");
            assertThat(event.decisionReason()).isEqualTo("beyond allowance");
        }
    }

    @Test
    @DisplayName("UNIT-4: bad discounts change nothing — the whole price or more (400 naming amount), another deal's (409 UNIT-4), nothing to approve (409 UNIT-4), another office (404); negative or absurd amounts: InventoryControllerTest")
    void badDiscounts() {
        String unitId = building() + "-201";
        hold(unitId, "deal-D3");

        Answer wholePrice = askDiscount(unitId, "deal-D3", "3000000.00");
        Answer otherDeal = askDiscount(unitId, "deal-other", "100.00");
        Answer nothingToApprove = post(PM, "/api/inventory/units/" + unitId + "/discount/approve", Map.of("reason", "r"));
        Answer away = post(AWAY, "/api/inventory/units/" + unitId + "/discount", Map.of("dealId", "deal-D3",
                "amount", "100.00", "reason", "r"));

        assertThat(wholePrice.status()).isEqualTo(400);
        assertThat(wholePrice.map()).containsEntry("field", "amount");
        assertThat(otherDeal.status()).isEqualTo(409);
        assertThat(otherDeal.map()).containsEntry("rule", "UNIT-4");
        assertThat(nothingToApprove.status()).isEqualTo(409);
        assertThat(nothingToApprove.map()).containsEntry("rule", "UNIT-4");
        assertThat(away.status()).isEqualTo(404);
        assertThat(unit(unitId)).containsEntry("discount", null).containsEntry("status", "HELD");
    }
}
