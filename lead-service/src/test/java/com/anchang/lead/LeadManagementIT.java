package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.events.lead.LeadStageChanged;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** LEAD-8 reassignment, LEAD-11 stages and LEAD-12 compliance through the running service. */
@ServiceIntegrationTest
class LeadManagementIT {

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    String register(String token, String officeId) {
        Answer answer = server.as(token).call("POST", "/api/leads",
                LeadFixture.registration(officeId, LeadFixture.freshMobile()));
        assertThat(answer.status()).isEqualTo(201);
        return answer.text("leadId");
    }

    @Test
    @DisplayName("LEAD-8: the PM reassigns a lead with a reason to an active consultant of the office (as identity-service knows them): the new owner owns it with a new window, lead.lead-reassigned PM_REASSIGNMENT is published, the audit log records the PM, the change and the reason; without a reason or to someone who is no consultant of the office 400, by a consultant 403, from another office 404, nothing changed")
    void reassignment() {
        String office = "office-reassign";
        String leadId = register(LeadStaff.consultant("c-leaving", office), office);
        String path = "/api/leads/" + leadId + "/reassignment";
        LeadStaff.consultant("c-new", office); // a consultant of the office, known to (the test) identity-service
        LeadStaff.consultant("c-elsewhere", "office-other");

        for (String notOurs : List.of("c-typo", "c-elsewhere", "u-pm-" + office)) {
            Answer refused = server.as(LeadStaff.pm(office)).call("POST", path,
                    Map.of("toConsultantId", notOurs, "reason", "顾问离职"));
            assertThat(refused.status()).as(notOurs).isEqualTo(400);
            assertThat(refused.map().get("field")).as(notOurs).isEqualTo("toConsultantId");
        }

        Answer noReason = server.as(LeadStaff.pm(office)).call("POST", path, Map.of("toConsultantId", "c-new"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.map().get("field")).isEqualTo("reason");
        Answer byConsultant = server.as(LeadStaff.consultant("c-leaving", office)).call("POST", path,
                Map.of("toConsultantId", "c-new", "reason", "x"));
        assertThat(byConsultant.status()).isEqualTo(403);
        assertThat(byConsultant.map().get("action")).isEqualTo("reassign a lead");
        assertThat(server.as(LeadStaff.pm("office-9")).call("POST", path, Map.of("toConsultantId", "c-new", "reason", "x"))
                .status()).isEqualTo(404);
        Answer unknown = server.as(LeadStaff.pm(office)).call("POST", "/api/leads/lead-nope/reassignment",
                Map.of("toConsultantId", "c-new", "reason", "x"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/" + leadId).map()).containsEntry("ownerConsultantId",
                "c-leaving");

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer done = server.as(LeadStaff.pm(office)).call("POST", path,
                    Map.of("toConsultantId", "c-new", "reason", "顾问离职"));

            assertThat(done.status()).isEqualTo(200);
            assertThat(done.map()).containsEntry("ownerConsultantId", "c-new").containsEntry("leadId", leadId);
            assertThat(server.as(LeadStaff.consultant("c-new", office)).get("/api/leads/" + leadId).map())
                    .containsEntry("contactDetails", "FULL");
            LeadReassigned event = EventJson.read(capture.awaitRecords(r -> leadId.equals(r.key())
                    && LeadReassigned.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    LeadReassigned.class);
            assertThat(event.reason()).isEqualTo("PM_REASSIGNMENT");
            assertThat(event.previousOwnerConsultantId()).isEqualTo("c-leaving");
            assertThat(event.reassignedBy()).isEqualTo("u-pm-" + office);
        }
        List<Map<String, Object>> audit = server.as(LeadStaff.pm(office)).get("/api/leads/audit?officeId=" + office).list();
        assertThat(audit).filteredOn(e -> "PM_REASSIGNMENT".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e.get("detail")).asString().contains("c-leaving -> c-new", "顾问离职"));

        Answer again = server.as(LeadStaff.pm(office)).call("POST", path, Map.of("toConsultantId", "c-new", "reason", "x"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.map().get("rule")).isEqualTo("LEAD-8");
    }

    @Test
    @DisplayName("LEAD-11: the owner moves the stage forward (lead.stage-changed), a colleague may not (403); moving back or contracting without a deposit is refused 409 naming LEAD-11; an unknown stage 400 naming the field")
    void stages() {
        String office = "office-stages";
        String owner = LeadStaff.consultant("c-stage", office);
        String leadId = register(owner, office);
        String path = "/api/leads/" + leadId + "/stage";

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer moved = server.as(owner).call("POST", path, Map.of("stage", "NEGOTIATING"));
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.map()).containsEntry("stage", "NEGOTIATING");
            LeadStageChanged event = EventJson.read(capture.awaitRecords(r -> leadId.equals(r.key())
                    && LeadStageChanged.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    LeadStageChanged.class);
            assertThat(event.from()).isEqualTo("NEW");
            assertThat(event.to()).isEqualTo("NEGOTIATING");
        }
        Answer back = server.as(owner).call("POST", path, Map.of("stage", "POTENTIAL"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.map().get("rule")).isEqualTo("LEAD-11");
        assertThat(server.as(LeadStaff.pm(office)).call("POST", path, Map.of("stage", "CONTRACTED")).map().get("rule"))
                .isEqualTo("LEAD-11");
        Answer colleague = server.as(LeadStaff.consultant("c-other", office)).call("POST", path, Map.of("stage", "DEPOSIT"));
        assertThat(colleague.status()).isEqualTo(403);
        Answer bad = server.as(owner).call("POST", path, Map.of("stage", "MARRIED"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.map().get("field")).isEqualTo("stage");
        assertThat(server.as(owner).get("/api/leads/" + leadId).map()).containsEntry("stage", "NEGOTIATING");
    }

    @Test
    @DisplayName("LEAD-12: the office's compliance figure per consultant: a visit lead with 3 effective follow-ups by its owner counts, one with 1 does not; a consultant may not read it (403), another office's PM gets 404, a missing office 400")
    void compliance() {
        String office = "office-compliance";
        String owner = LeadStaff.consultant("c-diligent", office);
        String done = register(owner, office);
        register(owner, office);
        for (int i = 0; i < 3; i++) {
            assertThat(server.as(owner).call("POST", "/api/leads/" + done + "/follow-ups",
                    Map.of("channel", "WECHAT", "effective", true)).status()).isEqualTo(201);
        }

        Answer figures = server.as(LeadStaff.pm(office)).get("/api/leads/compliance?officeId=" + office);

        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.map()).containsEntry("minFollowUpsPhone", 2).containsEntry("minFollowUpsVisit", 3);
        assertThat(figures.map().get("consultants").toString()).contains("ownerConsultantId=c-diligent", "visitLeads=2",
                "visitLeadsCompliant=1", "phoneLeads=0");
        assertThat(server.as(owner).get("/api/leads/compliance?officeId=" + office).status()).isEqualTo(403);
        assertThat(server.as(LeadStaff.pm("office-9")).get("/api/leads/compliance?officeId=" + office).status()).isEqualTo(404);
        Answer missing = server.as(LeadStaff.pm(office)).get("/api/leads/compliance");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.map().get("field")).isEqualTo("officeId");
    }
}
