package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of transaction-service's OpenAPI document, as every member of the cast: who may
 * open a deal (a consultant of the office, UNIT-2), read one (the office and head office), and
 * receive its deposit (finance or the PM, DEAL-1), and that everyone else is answered 401, 403 or
 * 404 (another office's, another developer's).
 */
@ServiceIntegrationTest
class TransactionAuthorizationMatrixIT extends FakeInventory {

    static final JsonMapper JSON = new JsonMapper();
    static final Who[] OFFICE_STAFF_AND_HEAD_OFFICE = {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT,
            Who.SALES_CONTROL, Who.FINANCE, Who.PM, Who.HEAD_OFFICE};

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;

    /** Each member's token, made once, so that the fake inventory can insist on exactly the caller's. */
    final Map<Who, String> tokens = new EnumMap<>(Who.class);

    String bearer(Who who) {
        return tokens.computeIfAbsent(who, Who::bearer);
    }

    /** Sales control says this unit of the home office is AVAILABLE, but only to a request with this token. */
    static void salesControlSaysAvailable(String unitId, String token) {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/" + unitId))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(JSON.writeValueAsString(Map.of("unitId", unitId,
                        "officeId", AuthorizationMatrix.HOME_OFFICE, "code", "9-" + unitId, "status", "AVAILABLE")))));
    }

    static Map<String, Object> openRequest(String unitId) {
        return Map.of("officeId", AuthorizationMatrix.HOME_OFFICE, "unitId", unitId, "leadId", "lead-matrix",
                "buyerName", "赵女士", "buyerMobile", "13912345678");
    }

    /** A deal of the home office opened by its owner, the consultant {@link AuthorizationMatrix#OWNER}. */
    String ownersDeal(String unitId) {
        String token = Who.OWNER_CONSULTANT.staff().token();
        salesControlSaysAvailable(unitId, token);
        Answer opened = server.as(token).call("POST", "/api/deals", openRequest(unitId));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.text("dealId");
    }

    /** Sales control held the deal's unit (inventory.unit-held, as inventory-service publishes it). */
    void held(String dealId, String unitId) {
        Instant now = Instant.now();
        TestEvents.publish(kafka, Topics.INVENTORY, unitId, AuthorizationMatrix.HOME_OFFICE, UUID.randomUUID().toString(),
                new UnitHeld(unitId, AuthorizationMatrix.HOME_DEVELOPER, AuthorizationMatrix.HOME_OFFICE, "bld-m",
                        "9-" + unitId, dealId, AuthorizationMatrix.OWNER, "赵女士 139****5678",
                        new BigDecimal("2150000.00"), now, now.plus(Duration.ofHours(48))));
    }

    @Test
    @DisplayName("authorization matrix (UNIT-2, DEAL-1, DEAL-4, office isolation): open by a consultant of the office, read by the office and head office, deposit by finance or the PM, files by the PM, finance and the deal's consultant")
    void everyOperationAsEveryone() {
        INVENTORY.resetAll();
        String dealId = ownersDeal("m-read");
        // a fresh deal whose unit is held for every deposit cell, so that every allowed member really receives one
        Map<Who, String> heldDeals = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            String unitId = "m-held-" + who.name().toLowerCase();
            String held = ownersDeal(unitId);
            held(held, unitId);
            heldDeals.put(who, held);
        }
        await().until(() -> mongo.count(query(where("_id").in(heldDeals.values()).and("status").is("UNIT_HELD")),
                "deals") == heldDeals.size());
        // for every opening cell its own unit, which sales control shows only to that member's token
        for (Who who : Who.values()) {
            if (who.insider()) {
                salesControlSaysAvailable("m-open-" + who.name().toLowerCase(), bearer(who));
            }
        }
        // a deal of the owner with one file, kept by the owner (the deal's consultant)
        String filesDeal = ownersDeal("m-files");
        Answer kept = server.as(bearer(Who.OWNER_CONSULTANT)).call("POST", "/api/deals/" + filesDeal + "/files",
                DealFileForms.form("ID_COPY", "id.pdf", "application/pdf", DealFileForms.pdf("ID copy")));
        assertThat(kept.status()).as(kept.text()).isEqualTo(201);
        String file = "/api/deals/" + filesDeal + "/files/" + kept.text("fileId");
        Map<String, Object> deposit = Map.of("amount", "20000.00", "method", "CARD", "witnessedBy", "u-witness",
                "downPaymentDueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(15).toString());

        int cells = new AuthorizationMatrix(server, this::bearer)
                .row("POST /api/deals", who -> Request.post("/api/deals",
                        openRequest("m-open-" + who.name().toLowerCase())))
                    .allows(201, Who.OWNER_CONSULTANT)
                    .expects(Who.COLLEAGUE_CONSULTANT, 201, answer -> assertThat(answer.map())
                            .containsEntry("consultantId", "u-colleague").containsEntry("status", "OPENED")
                            .containsEntry("developerId", AuthorizationMatrix.HOME_DEVELOPER))
                    // the request names the office; head office holds no role at any one office
                    .expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}", who -> Request.get("/api/deals/" + dealId))
                    .allows(200, OFFICE_STAFF_AND_HEAD_OFFICE)
                    .expects(Who.COLLEAGUE_CONSULTANT, 200, answer -> assertThat(answer.map())
                            .containsEntry("consultantId", AuthorizationMatrix.OWNER)
                            .containsEntry("buyerMobile", "139****5678"))
                .and()
                .row("POST /api/deals/{dealId}/deposit", who -> Request.post(
                        "/api/deals/" + heldDeals.get(who) + "/deposit", deposit))
                    .allows(200, Who.FINANCE)
                    .expects(Who.PM, 200, answer -> assertThat(answer.map())
                            .containsEntry("status", "DEPOSIT_RECEIVED")
                            .extractingByKey("deposit").asInstanceOf(InstanceOfAssertFactories.MAP)
                            .containsEntry("receivedBy", "u-pm").containsEntry("witnessedBy", "u-witness"))
                .and()
                // DEAL-4: a deal's files, by the PM and finance of its office and its consultant only
                .row("POST /api/deals/{dealId}/files", who -> new Request("POST", "/api/deals/" + filesDeal + "/files",
                        DealFileForms.form("CHEQUE_IMAGE", "cheque.pdf", "application/pdf",
                                DealFileForms.pdf("cheque received by " + who))))
                    .allows(201, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM)
                .and()
                .row("GET /api/deals/{dealId}/files", who -> Request.get("/api/deals/" + filesDeal + "/files"))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM)
                .and()
                .row("GET /api/deals/{dealId}/files/{fileId}", who -> Request.get(file))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE)
                    .expects(Who.PM, 200, answer -> assertThat(answer.contentType()).isEqualTo("application/pdf"))
                .and()
                .row("GET /api/deals/{dealId}/files/audit", who -> Request.get("/api/deals/" + filesDeal + "/files/audit"))
                    .expects(Who.PM, 200, answer -> assertThat(answer.list()).extracting(entry -> entry.get("userId"))
                            .containsExactly(AuthorizationMatrix.OWNER, "u-finance", "u-pm"))
                .and()
                .verify();

        assertThat(cells).isEqualTo(7 * Who.values().length);
        assertThat(mongo.count(query(where("_id").in(heldDeals.values()).and("status").is("DEPOSIT_RECEIVED")), "deals"))
                .as("only finance's and the PM's deposits were taken").isEqualTo(2);
        assertThat(mongo.count(query(where("unitId").in(Arrays.stream(Who.values())
                .map(who -> "m-open-" + who.name().toLowerCase()).toList())), "deals"))
                .as("only the two consultants opened deals").isEqualTo(2);
    }
}
