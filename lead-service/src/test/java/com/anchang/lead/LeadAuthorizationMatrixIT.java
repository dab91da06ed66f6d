package com.anchang.lead;

import static com.anchang.support.test.AuthorizationMatrix.HOME_DEVELOPER;
import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.lead.rotation.RotationAuthorizationRows;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every operation of lead-service's OpenAPI document as every member of the cast. Registration is for
 * consultants of the office named in the request (head office holds no role at an office, so it is
 * answered like any office that is not the caller's: 404). A lead is read by every role of its
 * office and by head office, the phone in full only for its owner, the PM and head office (LEAD-10).
 * The audit is the PM's and head office's. Follow-ups (LEAD-4) are logged by the lead's owner and the
 * office's PM only, and read by them and head office. Collisions (LEAD-5) are read by the PM and head
 * office and resolved by the PM. Every read of an office as a whole answers the head office of another
 * developer, and an unknown office id, 404 alike, whether the office is active or idle (ADR 32).
 */
@ServiceIntegrationTest
class LeadAuthorizationMatrixIT {

    static final List<Who> FULL_DETAILS = List.of(Who.OWNER_CONSULTANT, Who.PM, Who.HEAD_OFFICE);
    static final List<Who> MASKED_DETAILS = List.of(Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE);

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;

    static Map<String, Object> registration(String mobile) {
        return LeadFixture.registration(HOME_OFFICE, mobile);
    }

    @Test
    @DisplayName("authorization matrix (LEAD-1, LEAD-4, LEAD-5, LEAD-6, LEAD-8, LEAD-9, LEAD-10, LEAD-11, LEAD-12, ROT-1..11, office isolation, ADR 32): who may register, read a lead in full or masked, read the audit, log and read follow-ups, read and resolve collisions, reassign, move stages, read compliance, and act in or read the reception rotation")
    void matrix() {
        String mobile = LeadFixture.freshMobile();
        Answer fixture = server.as(Who.OWNER_CONSULTANT.staff().token()).call("POST", "/api/leads", registration(mobile));
        assertThat(fixture.status()).isEqualTo(201);
        String leadId = fixture.text("leadId");
        String collisionId = freshCollision();

        AuthorizationMatrix.Row register = new AuthorizationMatrix(server)
                .row("POST /api/leads", who -> Request.post("/api/leads", registration(LeadFixture.freshMobile())));
        for (Who consultant : List.of(Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT)) {
            register.expects(consultant, 201, answer -> assertThat(answer.map())
                    .containsEntry("ownerConsultantId", consultant.staff().userId())
                    .containsEntry("developerId", HOME_DEVELOPER)
                    .containsEntry("contactDetails", "FULL"));
        }
        register.expects(Who.HEAD_OFFICE, 404, answer -> assertThat(answer.map().get("kind")).isEqualTo("office"));

        AuthorizationMatrix.Row read = register.and()
                .row("GET /api/leads/{leadId}", who -> Request.get("/api/leads/" + leadId));
        for (Who who : FULL_DETAILS) {
            read.expects(who, 200, shows(LeadFixture.digits(mobile), "FULL"));
        }
        for (Who who : MASKED_DETAILS) {
            read.expects(who, 200, shows(LeadFixture.masked(mobile), "MASKED"));
        }

        AuthorizationMatrix matrix = read.and()
                .row("GET /api/leads/audit", who -> Request.get("/api/leads/audit?officeId=" + HOME_OFFICE))
                    .expects(Who.PM, 200, LeadAuthorizationMatrixIT::homeEntries)
                    .expects(Who.HEAD_OFFICE, 200, LeadAuthorizationMatrixIT::homeEntries)
                    .officeScoped(office -> Request.get("/api/leads/audit?officeId=" + office))
                .and()
                // LEAD-4: a fresh lead of the owner per cell, so every allowed member really appends
                .row("POST /api/leads/{leadId}/follow-ups", who -> Request.post("/api/leads/" + freshLead()
                        + "/follow-ups", Map.of("channel", "PHONE", "effective", true, "note", "回访")))
                    .expects(Who.OWNER_CONSULTANT, 201, loggedBy(AuthorizationMatrix.OWNER))
                    .expects(Who.PM, 201, loggedBy("u-pm"))
                .and()
                .row("GET /api/leads/{leadId}/follow-ups", who -> Request.get("/api/leads/" + leadId + "/follow-ups"))
                    .allows(200, Who.OWNER_CONSULTANT, Who.PM, Who.HEAD_OFFICE)
                .and()
                // my customers (LEAD-3): the owner's list; the PM's and head office's of a consultant; a colleague may not
                .row("GET /api/leads/owned", who -> Request.get("/api/leads/owned?officeId=" + HOME_OFFICE
                        + "&ownerConsultantId=" + AuthorizationMatrix.OWNER))
                    .expects(Who.OWNER_CONSULTANT, 200, lists(leadId))
                    .expects(Who.PM, 200, lists(leadId))
                    .expects(Who.HEAD_OFFICE, 200, lists(leadId))
                    .officeScoped(office -> Request.get("/api/leads/owned?officeId=" + office
                            + "&ownerConsultantId=" + AuthorizationMatrix.OWNER))
                .and()
                // LEAD-5: the office's collisions are the PM's to resolve and head office's to read
                .row("GET /api/leads/collisions", who -> Request.get("/api/leads/collisions?officeId=" + HOME_OFFICE))
                    .expects(Who.PM, 200, answer -> assertThat(answer.list()).isNotEmpty())
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.list()).isNotEmpty())
                    .officeScoped(office -> Request.get("/api/leads/collisions?officeId=" + office))
                .and()
                .row("GET /api/leads/collisions/{collisionId}", who -> Request.get("/api/leads/collisions/" + collisionId))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                .and()
                .row("POST /api/leads/collisions/{collisionId}/resolution", who -> Request.post("/api/leads/collisions/"
                        + freshCollision() + "/resolution", Map.of()))
                    .expects(Who.PM, 200, answer -> assertThat(answer.map()).containsEntry("status", "RESOLVED"))
                .and()
                // LEAD-8: the PM reassigns, with a reason
                .row("POST /api/leads/{leadId}/reassignment", who -> Request.post("/api/leads/" + freshLead()
                        + "/reassignment", Map.of("toConsultantId", "u-colleague", "reason", "顾问离职")))
                    .expects(Who.PM, 200, answer -> assertThat(answer.map())
                            .containsEntry("ownerConsultantId", "u-colleague"))
                .and()
                // LEAD-11: the owner or the PM moves the stage
                .row("POST /api/leads/{leadId}/stage", who -> Request.post("/api/leads/" + freshLead() + "/stage",
                        Map.of("stage", "INTENTION")))
                    .expects(Who.OWNER_CONSULTANT, 200, answer -> assertThat(answer.map())
                            .containsEntry("stage", "INTENTION"))
                    .expects(Who.PM, 200, answer -> assertThat(answer.map()).containsEntry("stage", "INTENTION"))
                .and()
                // LEAD-6: the owner or the PM links a person to the lead's customer
                .row("POST /api/leads/{leadId}/links", who -> Request.post("/api/leads/" + freshLead() + "/links",
                        Map.of("relation", "SPOUSE", "name", "李女士", "mobile", LeadFixture.freshMobile())))
                    .expects(Who.OWNER_CONSULTANT, 201, answer -> assertThat(answer.map().get("links").toString())
                            .contains("SPOUSE"))
                    .expects(Who.PM, 201, answer -> assertThat(answer.map().get("links").toString()).contains("SPOUSE"))
                .and()
                // LEAD-9: violations are recorded by the office's PM and read by the PM and head office
                .row("POST /api/leads/violations", who -> Request.post("/api/leads/violations", Map.of("officeId",
                        HOME_OFFICE, "leadId", leadId, "kind", "RENAMING", "offender", "u-colleague", "evidence",
                        "认购书改名")))
                    .expects(Who.PM, 201, answer -> assertThat(answer.map())
                            .containsEntry("rightfulOwnerConsultantId", AuthorizationMatrix.OWNER))
                    // head office holds no role at the office it would act in (as for a registration)
                    .expects(Who.HEAD_OFFICE, 404, answer -> assertThat(answer.map().get("kind")).isEqualTo("office"))
                .and()
                .row("GET /api/leads/violations", who -> Request.get("/api/leads/violations?officeId=" + HOME_OFFICE))
                    .expects(Who.PM, 200, answer -> assertThat(answer.list()).isNotEmpty())
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.list()).isNotEmpty())
                    .officeScoped(office -> Request.get("/api/leads/violations?officeId=" + office))
                .and()
                // LEAD-12: the compliance figure is the PM's and head office's
                .row("GET /api/leads/compliance", who -> Request.get("/api/leads/compliance?officeId=" + HOME_OFFICE))
                    .expects(Who.PM, 200, answer -> assertThat(answer.map().get("consultants").toString())
                            .contains(AuthorizationMatrix.OWNER))
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map().get("consultants").toString())
                            .contains(AuthorizationMatrix.OWNER))
                    .officeScoped(office -> Request.get("/api/leads/compliance?officeId=" + office))
                .and();
        int leadRows = 15;
        int officeScopedRows = 5 + RotationAuthorizationRows.OFFICE_SCOPED_ROWS;

        // ---- the reception rotation (ROT-1..11): its rows live in rotation/RotationAuthorizationRows ----
        int rotationRows = RotationAuthorizationRows.add(matrix, server, mongo);
        // ---- end of the rotation's rows ----

        int cells = matrix.verify();
        assertThat(cells).isEqualTo((leadRows + rotationRows) * Who.values().length
                + officeScopedRows * AuthorizationMatrix.OFFICE_CELLS);
    }

    String freshLead() {
        Answer lead = server.as(Who.OWNER_CONSULTANT.staff().token()).call("POST", "/api/leads",
                registration(LeadFixture.freshMobile()));
        assertThat(lead.status()).isEqualTo(201);
        return lead.text("leadId");
    }

    /** LEAD-5: the owner registers a customer, a colleague registers them too: the collision's id. */
    String freshCollision() {
        String mobile = LeadFixture.freshMobile();
        assertThat(server.as(Who.OWNER_CONSULTANT.staff().token()).call("POST", "/api/leads", registration(mobile))
                .status()).isEqualTo(201);
        Answer refused = server.as(Who.COLLEAGUE_CONSULTANT.staff().token()).call("POST", "/api/leads",
                registration(mobile));
        assertThat(refused.status()).isEqualTo(409);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("collision (\\S+) is open")
                .matcher((String) refused.map().get("detail"));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    static Consumer<Answer> loggedBy(String userId) {
        return answer -> assertThat(answer.map().get("followUp").toString()).contains("loggedBy=" + userId)
                .contains("channel=PHONE");
    }

    /** The owner's customers include the lead, its phone masked whoever reads the list (LEAD-10). */
    static Consumer<Answer> lists(String leadId) {
        return answer -> assertThat(answer.list()).filteredOn(line -> leadId.equals(line.get("leadId")))
                .singleElement().satisfies(line -> assertThat(line.get("mobile").toString()).contains("****"));
    }

    static Consumer<Answer> shows(String mobile, String contactDetails) {
        return answer -> assertThat(answer.map()).containsEntry("mobile", mobile)
                .containsEntry("contactDetails", contactDetails)
                .containsEntry("ownerConsultantId", AuthorizationMatrix.OWNER);
    }

    /** The home office's audit: the registrations and full reads of the rows above, and only the home office's. */
    static void homeEntries(Answer answer) {
        assertThat(answer.list()).isNotEmpty().allSatisfy(entry -> assertThat(entry)
                .containsEntry("developerId", HOME_DEVELOPER).containsEntry("officeId", HOME_OFFICE));
        assertThat(answer.list()).extracting(entry -> entry.get("userId"))
                .contains(AuthorizationMatrix.OWNER, "u-colleague", "u-pm", "u-head-office");
    }
}
