package com.anchang.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every operation of inventory-service's OpenAPI document, as every member of the cast: who may
 * catalogue, read the board and units (the price list, UNIT-6) and hold (UNIT-2), and that
 * everyone else is answered 401, 403 or 404 (another office's, another developer's).
 */
@ServiceIntegrationTest
class InventoryAuthorizationMatrixIT {

    static final Who[] OFFICE_STAFF_AND_HEAD_OFFICE = {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT,
            Who.SALES_CONTROL, Who.FINANCE, Who.PM, Who.HEAD_OFFICE};

    @Autowired
    TestHttp server;

    static Map<String, Object> building(String name, int floors) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int floor = 1; floor <= floors; floor++) {
            lines.add(Map.of("floor", floor, "number", 1, "layout", "2室2厅1卫", "grossArea", "89.00", "netArea", "71.30",
                    "orientation", "南", "listPrice", "2150000.00"));
        }
        return Map.of("officeId", AuthorizationMatrix.HOME_OFFICE, "projectId", "proj-matrix", "name", name,
                "units", lines);
    }

    /** A building of the home office, catalogued by its PM; its units are AVAILABLE. */
    String catalogued(int floors) {
        Answer created = server.as(Who.PM.staff().token()).call("POST", "/api/inventory/buildings",
                building("M" + UUID.randomUUID().toString().substring(0, 4), floors));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.text("buildingId");
    }

    static Map<String, Object> priceList(String name) {
        String csv = "floor,number,layout,grossArea,netArea,orientation,listPrice\n1,1,2室,89.00,71.30,南,2150000\n";
        return Map.of("officeId", AuthorizationMatrix.HOME_OFFICE, "projectId", "proj-matrix", "name", name,
                "fileName", "list.csv", "content", java.util.Base64.getEncoder().encodeToString(
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A re-import of prices for a building catalogued by {@link #catalogued}: its unit 101 at a new price. */
    static Map<String, Object> repricing(String price) {
        String csv = "floor,number,listPrice\n1,1," + price + "\n";
        return Map.of("fileName", "调价.csv", "content", java.util.Base64.getEncoder().encodeToString(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A fresh building of the home office whose price list the PM re-imported once (version 1). */
    String repriced() {
        String buildingId = catalogued(1);
        Answer answer = server.as(Who.PM.staff().token()).call("POST", "/api/inventory/buildings/" + buildingId
                + "/price-lists", repricing("2200000"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return buildingId;
    }

    /** A fresh unit of the home office, withheld by its PM. */
    String withheld() {
        String unitId = catalogued(1) + "-101";
        Answer answer = server.as(Who.PM.staff().token()).call("POST", "/api/inventory/units/" + unitId + "/withhold",
                Map.of("reason", "kept"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return unitId;
    }

    /** A fresh unit of the home office, held for the deal by the owner consultant. */
    String held(String dealId) {
        String unitId = catalogued(1) + "-101";
        Answer answer = server.as(Who.OWNER_CONSULTANT.staff().token()).call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", "李女士"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return unitId;
    }

    /** A fresh held unit of the home office with a discount asked for by the owner consultant. */
    String discountAsked() {
        String unitId = held("deal-asked");
        Answer answer = server.as(Who.OWNER_CONSULTANT.staff().token()).call("POST", "/api/inventory/units/" + unitId
                + "/discount", Map.of("dealId", "deal-asked", "amount", "20000.00", "reason", "full payment"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return unitId;
    }

    @Test
    @DisplayName("authorization matrix (UNIT-2, UNIT-6, office isolation): catalogue by the PM or sales control, read by the office and head office, hold by a consultant or sales control, withhold/release/cancel by the PM or sales control (UNIT-1), discounts asked by consultants and decided only by the PM or head office (UNIT-4), openings by the PM (OPEN-1), the live board for whoever reads the board (UNIT-5), price lists checked and applied by the PM or sales control (UNIT-6), re-imports of prices as versions by the PM or sales control and their history also by head office (UNIT-1, UNIT-6)")
    void everyOperationAsEveryone() {
        String buildingId = catalogued(2);
        String unitId = buildingId + "-101";
        Answer opening = server.as(Who.PM.staff().token()).call("POST", "/api/inventory/openings", Map.of(
                "officeId", AuthorizationMatrix.HOME_OFFICE, "name", "首开", "unitIds", List.of(buildingId + "-201"),
                "opensAt", java.time.Instant.now().toString()));
        assertThat(opening.status()).as(opening.text()).isEqualTo(201);
        String openingId = opening.text("openingId");
        String repricedBuildingId = repriced();

        int cells = new AuthorizationMatrix(server)
                .row("POST /api/inventory/buildings", who -> Request.post("/api/inventory/buildings",
                        building("C" + who.ordinal(), 1)))
                    .allows(201, Who.SALES_CONTROL, Who.PM)
                    // the request names the office; head office holds no role at any one office
                    .expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("GET /api/inventory/buildings/{buildingId}", who -> Request.get("/api/inventory/buildings/" + buildingId))
                    .allows(200, OFFICE_STAFF_AND_HEAD_OFFICE)
                    .expects(Who.FINANCE, 200, answer -> assertThat(answer.map())
                            .containsEntry("buildingId", buildingId).containsKey("grid"))
                .and()
                .row("GET /api/inventory/buildings", who -> Request.get("/api/inventory/buildings?officeId="
                        + AuthorizationMatrix.HOME_OFFICE))
                    .allows(200, OFFICE_STAFF_AND_HEAD_OFFICE)
                    .expects(Who.OWNER_CONSULTANT, 200, answer -> assertThat(answer.text()).contains(buildingId))
                    // another developer's head office: 404 whether the office lists buildings or none (ADR 32)
                    .officeScoped(office -> Request.get("/api/inventory/buildings?officeId=" + office))
                .and()
                .row("GET /api/inventory/units/{unitId}", who -> Request.get("/api/inventory/units/" + unitId))
                    .allows(200, OFFICE_STAFF_AND_HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map())
                            .containsEntry("listPrice", 2150000.00).containsEntry("status", "AVAILABLE"))
                .and()
                // a fresh AVAILABLE unit per cell, so that every allowed member really holds one
                .row("POST /api/inventory/units/{unitId}/hold", who -> Request.post(
                        "/api/inventory/units/" + catalogued(1) + "-101/hold",
                        Map.of("dealId", "deal-" + who.name().toLowerCase(), "buyerRef", "李女士")))
                    .allows(200, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL)
                    .expects(Who.OWNER_CONSULTANT, 200, answer -> assertThat(answer.map())
                            .containsEntry("status", "HELD").containsEntry("heldForDeal", "deal-owner_consultant"))
                .and()
                .row("POST /api/inventory/units/{unitId}/withhold", who -> Request.post(
                        "/api/inventory/units/" + catalogued(1) + "-101/withhold", Map.of("reason", "控房 for the developer")))
                    .allows(200, Who.SALES_CONTROL, Who.PM)
                    .expects(Who.PM, 200, answer -> assertThat(answer.map()).containsEntry("status", "WITHHELD")
                            .containsEntry("withheldBy", "u-pm"))
                .and()
                .row("POST /api/inventory/units/{unitId}/release", who -> Request.post(
                        "/api/inventory/units/" + withheld() + "/release", Map.of("reason", "second batch")))
                    .allows(200, Who.SALES_CONTROL, Who.PM)
                .and()
                .row("POST /api/inventory/units/{unitId}/cancel", who -> Request.post(
                        "/api/inventory/units/" + held("deal-cancel") + "/cancel",
                        Map.of("dealId", "deal-cancel", "reason", "buyer withdrew")))
                    .allows(200, Who.SALES_CONTROL, Who.PM)
                .and()
                .row("POST /api/inventory/units/{unitId}/discount", who -> Request.post(
                        "/api/inventory/units/" + held("deal-discount") + "/discount",
                        Map.of("dealId", "deal-discount", "amount", "20000.00", "reason", "full payment")))
                    .allows(200, Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL)
                .and()
                // UNIT-4: a consultant can never approve or reject a discount
                .row("POST /api/inventory/units/{unitId}/discount/approve", who -> Request.post(
                        "/api/inventory/units/" + discountAsked() + "/discount/approve", Map.of("reason", "ok")))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.PM, 200, answer -> assertThat(answer.map()).containsEntry("dealPrice", 2130000.00))
                .and()
                .row("POST /api/inventory/units/{unitId}/discount/reject", who -> Request.post(
                        "/api/inventory/units/" + discountAsked() + "/discount/reject", Map.of("reason", "no")))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                .and()
                .row("POST /api/inventory/openings", who -> Request.post("/api/inventory/openings", Map.of(
                        "officeId", AuthorizationMatrix.HOME_OFFICE, "name", "首开", "unitIds", List.of(catalogued(1) + "-101"),
                        "opensAt", java.time.Instant.now().plusSeconds(3600).toString())))
                    .allows(201, Who.PM)
                    // the request names the office; head office holds no role at any one office
                    .expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("GET /api/inventory/openings/{openingId}", who -> Request.get("/api/inventory/openings/" + openingId))
                    .allows(200, OFFICE_STAFF_AND_HEAD_OFFICE)
                .and()
                .row("GET /api/inventory/buildings/{buildingId}/board/stream", who -> Request.get(
                        "/api/inventory/buildings/" + buildingId + "/board/stream?seconds=0"))
                    .allows(200, OFFICE_STAFF_AND_HEAD_OFFICE)
                    .expects(Who.FINANCE, 200, answer -> assertThat(answer.text()).startsWith("event:board"))
                .and()
                .row("POST /api/inventory/price-lists/check", who -> Request.post("/api/inventory/price-lists/check",
                        priceList("K" + who.ordinal())))
                    .allows(200, Who.SALES_CONTROL, Who.PM)
                    .expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/inventory/price-lists", who -> Request.post("/api/inventory/price-lists",
                        priceList("L" + who.ordinal())))
                    .allows(201, Who.SALES_CONTROL, Who.PM)
                    .expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                // UNIT-6: the price list never goes to customers: only the PM, sales control and head office export it
                .row("GET /api/inventory/buildings/{buildingId}/board.xlsx", who -> Request.get(
                        "/api/inventory/buildings/" + buildingId + "/board.xlsx"))
                    .allows(200, Who.SALES_CONTROL, Who.PM, Who.HEAD_OFFICE)
                .and()
                // UNIT-1, UNIT-6: re-imports of prices by the PM or sales control; their history also by head office
                .row("POST /api/inventory/buildings/{buildingId}/price-lists/check", who -> Request.post(
                        "/api/inventory/buildings/" + buildingId + "/price-lists/check", repricing("2200000")))
                    .allows(200, Who.SALES_CONTROL, Who.PM)
                    .expects(Who.PM, 200, answer -> assertThat(answer.map()).containsEntry("changed", 1))
                .and()
                .row("POST /api/inventory/buildings/{buildingId}/price-lists", who -> Request.post(
                        "/api/inventory/buildings/" + catalogued(1) + "/price-lists", repricing("2200000")))
                    .allows(201, Who.SALES_CONTROL, Who.PM)
                    .expects(Who.SALES_CONTROL, 201, answer -> assertThat(answer.map()).containsEntry("version", 1)
                            .containsEntry("appliedBy", "u-sales-control"))
                .and()
                .row("GET /api/inventory/buildings/{buildingId}/price-lists", who -> Request.get(
                        "/api/inventory/buildings/" + repricedBuildingId + "/price-lists"))
                    .allows(200, Who.SALES_CONTROL, Who.PM, Who.HEAD_OFFICE)
                .and()
                .row("GET /api/inventory/buildings/{buildingId}/price-lists/{version}", who -> Request.get(
                        "/api/inventory/buildings/" + repricedBuildingId + "/price-lists/1"))
                    .allows(200, Who.SALES_CONTROL, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("changed", 1))
                .and()
                .verify();

        assertThat(cells).isEqualTo(21 * Who.values().length + AuthorizationMatrix.OFFICE_CELLS);
    }
}
