package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadViolationRecorded;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** LEAD-9: violations recorded for the PM through the running service. */
@ServiceIntegrationTest
class LeadViolationIT {

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;

    Answer post(String token, String path, Object body) {
        return server.as(token).call("POST", path, body);
    }

    List<Map<String, Object>> violations(String office) {
        Answer list = server.as(LeadStaff.pm(office)).get("/api/leads/violations?officeId=" + office);
        assertThat(list.status()).isEqualTo(200);
        return list.list();
    }

    LeadViolationRecorded published(EventCapture capture, String violationId) {
        return EventJson.read(capture.awaitCount(r -> LeadViolationRecorded.TYPE.equals(EventCapture.header(r,
                EventHeaders.TYPE)) && r.value().contains(violationId), 1).getFirst().value(),
                LeadViolationRecorded.class);
    }

    @Test
    @DisplayName("ROT-10 + LEAD-9: the consultant who declined the ringing call while it was theirs (ROT-4) and takes it after the answer window gets it, and a GRABBING violation is recorded for the PM with the evidence and published; consultants may not read the list (403)")
    void grabbedCall() {
        String office = "office-grab";
        String rotation = "/api/leads/rotation/" + office;
        String a = LeadStaff.consultant("c-a", office);
        String b = LeadStaff.consultant("c-b", office);
        assertThat(post(a, rotation + "/check-in", null).status()).isEqualTo(200);
        assertThat(post(b, rotation + "/check-in", null).status()).isEqualTo(200);
        Answer offer = post(LeadStaff.pm(office), rotation + "/calls/next", Map.of("source", "hotline"));
        assertThat(offer.map()).containsEntry("consultant", "c-a");
        String offerId = offer.text("offerId");
        assertThat(post(a, rotation + "/decline", Map.of("queue", "PHONE", "reason", "午饭")).status()).isEqualTo(200);
        // the answer window (15 s) has passed: the stored offer opened a second ago (no sleeping)
        String dayId = ReceptionDay.idOf(office, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(mongo.getCollection("reception_days").updateOne(new Document("_id", dayId), new Document("$set",
                new Document("ringing.openAt", Date.from(Instant.now().minusSeconds(1))))).getModifiedCount()).isOne();

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer taken = post(a, rotation + "/calls/" + offerId + "/take", null);

            assertThat(taken.status()).isEqualTo(200);
            assertThat(taken.map()).containsEntry("consultant", "c-a");
            assertThat(violations(office)).singleElement().satisfies(v -> assertThat(v)
                    .containsEntry("kind", "GRABBING").containsEntry("offenderConsultantId", "c-a")
                    .containsEntry("origin", "ROT-10").containsEntry("reference", offerId)
                    .containsEntry("violationId", "violation-" + offerId));
            assertThat(violations(office).getFirst().get("evidence")).asString().contains("declined", offerId);
            LeadViolationRecorded event = published(capture, "violation-" + offerId);
            assertThat(event.offenderConsultantId()).isEqualTo("c-a");
            assertThat(event.kind()).isEqualTo("GRABBING");
        }
        Answer consultant = server.as(b).get("/api/leads/violations?officeId=" + office);
        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map().get("action")).isEqualTo("read violations");
        assertThat(server.as(LeadFixture.HEAD_OFFICE).get("/api/leads/violations?officeId=" + office).list())
                .hasSize(1);
    }

    @Test
    @DisplayName("LEAD-5 + LEAD-9: the PM resolving a collision with a violation records it against the consultant who lost, the credit going to the follower named, listed for the day and published with both")
    void violationWithACollision() {
        String office = "office-grab-collision";
        String mobile = LeadFixture.freshMobile();
        String leadId = post(LeadStaff.consultant("c-first", office), "/api/leads",
                LeadFixture.registration(office, mobile)).text("leadId");
        Answer refused = post(LeadStaff.consultant("c-grab", office), "/api/leads",
                LeadFixture.registration(office, mobile));
        assertThat(refused.status()).isEqualTo(409);
        String collisionId = (String) server.as(LeadStaff.pm(office)).get("/api/leads/collisions?officeId=" + office)
                .list().getFirst().get("collisionId");

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer resolved = post(LeadStaff.pm(office), "/api/leads/collisions/" + collisionId + "/resolution",
                    Map.of("violation", "GRABBING"));

            assertThat(resolved.status()).isEqualTo(200);
            assertThat(violations(office)).singleElement().satisfies(v -> assertThat(v)
                    .containsEntry("leadId", leadId).containsEntry("offenderConsultantId", "c-grab")
                    .containsEntry("rightfulOwnerConsultantId", "c-first").containsEntry("origin", "LEAD-5")
                    .containsEntry("reference", collisionId).containsEntry("recordedBy", "u-pm-" + office));
            LeadViolationRecorded event = published(capture, "violation-" + collisionId);
            assertThat(event.rightfulOwnerConsultantId()).isEqualTo("c-first");
            assertThat(event.offenderConsultantId()).isEqualTo("c-grab");
            assertThat(event.leadId()).isEqualTo(leadId);
        }
        Answer badKind = post(LeadStaff.pm(office), "/api/leads/collisions/" + collisionId + "/resolution",
                Map.of("violation", "SHOUTING"));
        assertThat(badKind.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("LEAD-9: the PM records unit flipping by hand (201, the lead's owner the rightful owner by default, listed for the day, published); bad input 400 naming the field, an unknown lead 404, a consultant 403, another office's PM 404, head office 404 — and none of them stores anything")
    void byHand() {
        String office = "office-flip";
        String leadId = post(LeadStaff.consultant("c-owner", office), "/api/leads",
                LeadFixture.registration(office, LeadFixture.freshMobile())).text("leadId");
        Map<String, Object> body = new HashMap<>(Map.of("officeId", office, "leadId", leadId, "kind", "UNIT_FLIPPING",
                "offender", "c-flipper", "evidence", "把客户认购的房号转给外部炒家"));

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer recorded = post(LeadStaff.pm(office), "/api/leads/violations", body);

            assertThat(recorded.status()).isEqualTo(201);
            assertThat(recorded.map()).containsEntry("kind", "UNIT_FLIPPING").containsEntry("leadId", leadId)
                    .containsEntry("offenderConsultantId", "c-flipper")
                    .containsEntry("rightfulOwnerConsultantId", "c-owner").containsEntry("origin", "PM");
            assertThat(published(capture, recorded.text("violationId")).rightfulOwnerConsultantId())
                    .isEqualTo("c-owner");
        }
        assertThat(violations(office)).hasSize(1);

        for (String field : List.of("kind", "offender", "evidence", "leadId", "officeId")) {
            Map<String, Object> bad = new HashMap<>(body);
            bad.remove(field);
            Answer answer = post(LeadStaff.pm(office), "/api/leads/violations", bad);
            assertThat(answer.status()).as(field).isEqualTo(400);
            assertThat(answer.map().get("field")).as(field).isEqualTo(field);
        }
        Map<String, Object> self = new HashMap<>(body);
        self.put("rightfulOwner", "c-flipper");
        assertThat(post(LeadStaff.pm(office), "/api/leads/violations", self).map().get("field"))
                .isEqualTo("rightfulOwner");
        Map<String, Object> unknown = new HashMap<>(body);
        unknown.put("leadId", "lead-nobody");
        assertThat(post(LeadStaff.pm(office), "/api/leads/violations", unknown).status()).isEqualTo(404);
        Answer consultant = post(LeadStaff.consultant("c-owner", office), "/api/leads/violations", body);
        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map().get("action")).isEqualTo("record a violation");
        Map<String, Object> elsewhere = new HashMap<>(body);
        elsewhere.put("officeId", "office-9");
        assertThat(post(LeadStaff.pm("office-9"), "/api/leads/violations", elsewhere).status()).isEqualTo(404);
        assertThat(post(LeadStaff.pm("office-9"), "/api/leads/violations", body).status()).isEqualTo(404);
        assertThat(post(LeadFixture.HEAD_OFFICE, "/api/leads/violations", body).status()).isEqualTo(404);
        assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/violations?officeId=" + office + "&date=yesterday")
                .map().get("field")).isEqualTo("date");
        assertThat(server.as(LeadStaff.pm("office-9")).get("/api/leads/violations?officeId=" + office).status())
                .isEqualTo(404);
        assertThat(violations(office)).hasSize(1);
    }
}
