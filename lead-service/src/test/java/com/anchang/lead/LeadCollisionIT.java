package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadCollisionOpened;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.events.lead.LeadReleased;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** LEAD-5 collisions and LEAD-3 re-registration after release, through the running service. */
@ServiceIntegrationTest
class LeadCollisionIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LeadRepository leads;
    @Autowired
    LapseCalendar calendar;
    @Autowired
    ProtectionPolicies policies;

    Answer register(String token, String officeId, String mobile) {
        return server.as(token).call("POST", "/api/leads", LeadFixture.registration(officeId, mobile));
    }

    @Test
    @DisplayName("LEAD-5: a colleague's registration of a protected customer opens a collision decided by the rule for the earlier owner, listed open for the PM with its evidence; the PM's override needs a reason, reassigns the lead, is audited as a PM override and published; a second resolution is refused")
    void collisionOverride() {
        String office = "office-collide";
        String mobile = LeadFixture.freshMobile();
        String leadId = register(LeadStaff.consultant("c-first", office), office, mobile).text("leadId");
        server.as(LeadStaff.consultant("c-first", office)).call("POST", "/api/leads/" + leadId + "/follow-ups",
                Map.of("channel", "WECHAT", "effective", true));

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer refused = register(LeadStaff.consultant("c-second", office), office, mobile);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.map().get("rule")).isEqualTo("LEAD-5");

            Answer open = server.as(LeadStaff.pm(office)).get("/api/leads/collisions?officeId=" + office);
            assertThat(open.status()).isEqualTo(200);
            assertThat(open.list()).singleElement().satisfies(c -> {
                assertThat(c).containsEntry("leadId", leadId).containsEntry("ownerConsultantId", "c-first")
                        .containsEntry("challengerConsultantId", "c-second").containsEntry("status", "OPEN")
                        .containsEntry("overdue", false);
                assertThat(((Map<?, ?>) c.get("decision")).get("followerConsultantId")).isEqualTo("c-first");
                assertThat(((List<?>) c.get("timeline")).stream().map(e -> String.valueOf(((Map<?, ?>) e).get("kind")))
                        .toList())
                        .containsExactly("REGISTERED", "FOLLOW_UP", "PROTECTION_WINDOW", "SECOND_REGISTRATION");
            });
            String collisionId = (String) open.list().getFirst().get("collisionId");
            assertThat(refused.map().get("detail")).asString().contains(collisionId);
            assertThat(server.as(LeadFixture.HEAD_OFFICE).get("/api/leads/collisions/" + collisionId).status())
                    .isEqualTo(200);
            Answer byConsultant = server.as(LeadStaff.consultant("c-second", office)).get("/api/leads/collisions/" + collisionId);
            assertThat(byConsultant.status()).isEqualTo(403);
            assertThat(byConsultant.map().get("action")).isEqualTo("read collisions");

            String resolve = "/api/leads/collisions/" + collisionId + "/resolution";
            Answer noReason = server.as(LeadStaff.pm(office)).call("POST", resolve, Map.of("followerConsultantId", "c-second"));
            assertThat(noReason.status()).isEqualTo(400);
            assertThat(noReason.map().get("field")).isEqualTo("reason");
            Answer stranger = server.as(LeadStaff.pm(office)).call("POST", resolve,
                    Map.of("followerConsultantId", "c-nobody", "reason", "x"));
            assertThat(stranger.map().get("field")).isEqualTo("followerConsultantId");
            assertThat(server.as(LeadStaff.consultant("c-first", office)).call("POST", resolve, Map.of()).status())
                    .isEqualTo(403);
            assertThat(server.as(LeadFixture.HEAD_OFFICE).call("POST", resolve, Map.of()).status())
                    .isEqualTo(403);
            assertThat(server.as(LeadStaff.pm("office-9")).call("POST", resolve, Map.of()).status()).isEqualTo(404);
            assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/" + leadId).map())
                    .containsEntry("ownerConsultantId", "c-first");

            Answer resolved = server.as(LeadStaff.pm(office)).call("POST", resolve,
                    Map.of("followerConsultantId", "c-second", "reason", "客户要求换顾问"));
            assertThat(resolved.status()).isEqualTo(200);
            assertThat(resolved.map()).containsEntry("status", "RESOLVED");
            Map<?, ?> resolution = (Map<?, ?>) resolved.map().get("resolution");
            assertThat(resolution.get("overridden")).isEqualTo(true);
            assertThat(resolution.get("resolvedBy")).isEqualTo("u-pm-" + office);
            assertThat(resolution.get("reason")).isEqualTo("客户要求换顾问");
            assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/" + leadId).map())
                    .containsEntry("ownerConsultantId", "c-second");
            assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/collisions?officeId=" + office).list()).isEmpty();
            Answer again = server.as(LeadStaff.pm(office)).call("POST", resolve, Map.of());
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.map().get("rule")).isEqualTo("LEAD-5");

            List<Map<String, Object>> audit = server.as(LeadStaff.pm(office)).get("/api/leads/audit?officeId=" + office).list();
            assertThat(audit).filteredOn(e -> "PM_OVERRIDE".equals(e.get("action"))).singleElement()
                    .satisfies(e -> assertThat(e.get("detail")).asString().contains(collisionId, "客户要求换顾问",
                            "c-first -> c-second"));

            List<ConsumerRecord<String, String>> events = capture.awaitCount(r -> leadId.equals(r.key())
                    && List.of(LeadCollisionOpened.TYPE, LeadCollisionResolved.TYPE, LeadReassigned.TYPE)
                            .contains(EventCapture.header(r, EventHeaders.TYPE)), 3);
            LeadReassigned reassigned = EventJson.read(events.stream()
                    .filter(r -> LeadReassigned.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).findFirst()
                    .orElseThrow().value(), LeadReassigned.class);
            assertThat(reassigned.reason()).isEqualTo("COLLISION_OVERRIDE");
            assertThat(reassigned.previousOwnerConsultantId()).isEqualTo("c-first");
            assertThat(reassigned.ownerConsultantId()).isEqualTo("c-second");
            assertThat(reassigned.reassignedBy()).isEqualTo("u-pm-" + office);
        }
    }

    @Test
    @DisplayName("LEAD-3: a customer whose lead has lapsed goes to the consultant who registers them next: the same lead, a new owner and window (201, full details for them), published as lead.lead-released and lead.lead-reassigned RE_REGISTERED; no collision")
    void reRegistrationAfterLapse() {
        String office = "office-reregister";
        ProtectionPolicy policy = policies.forOffice(office);
        String mobile = LeadFixture.freshMobile();
        LeadEvent.Registered old = Lead.register("dev-1", office, "c-gone", "赵先生", MobileNumber.parse(mobile),
                LeadSource.PHONE, Needs.NONE, Instant.now().minus(Duration.ofDays(9)), policy);
        calendar.schedule("dev-1", office, ProtectionPolicy.releasedOn(old.lead().protectedUntil()), old.lead().id());
        leads.insert(old.lead(), List.of(old));
        String leadId = old.lead().id();

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer next = register(LeadStaff.consultant("c-next", office), office, mobile);

            assertThat(next.status()).isEqualTo(201);
            assertThat(next.map()).containsEntry("leadId", leadId).containsEntry("ownerConsultantId", "c-next")
                    .containsEntry("contactDetails", "FULL");
            LocalDate today = LocalDate.now(SHANGHAI);
            assertThat(LocalDate.parse(next.text("protectedUntil"))).isIn(today.plusDays(7), today.plusDays(8));
            assertThat(mongo.getCollection("lead_collisions").countDocuments(new Document("leadId", leadId))).isZero();
            // the former owner sees the phone masked now
            assertThat(server.as(LeadStaff.consultant("c-gone", office)).get("/api/leads/" + leadId).map())
                    .containsEntry("contactDetails", "MASKED");

            List<ConsumerRecord<String, String>> events = capture.awaitCount(r -> leadId.equals(r.key())
                    && List.of(LeadReleased.TYPE, LeadReassigned.TYPE).contains(EventCapture.header(r, EventHeaders.TYPE)),
                    2);
            LeadReassigned reassigned = EventJson.read(events.stream()
                    .filter(r -> LeadReassigned.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).findFirst()
                    .orElseThrow().value(), LeadReassigned.class);
            assertThat(reassigned.reason()).isEqualTo("RE_REGISTERED");
            assertThat(reassigned.previousOwnerConsultantId()).isEqualTo("c-gone");
            assertThat(reassigned.ownerConsultantId()).isEqualTo("c-next");
            assertThat(reassigned.protectedUntil().toString()).isEqualTo(next.text("protectedUntil"));
            LeadReleased released = EventJson.read(events.stream()
                    .filter(r -> LeadReleased.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).findFirst()
                    .orElseThrow().value(), LeadReleased.class);
            assertThat(released.formerOwnerConsultantId()).isEqualTo("c-gone");
            assertThat(released.protectedUntil()).isEqualTo(old.lead().protectedUntil());
        }
    }

    @Test
    @DisplayName("LEAD-5 concurrency: two consultants registering the same phone at the same instant, 25 times over: each time exactly one owner and exactly one collision record (the other consultant's)")
    void simultaneousRegistrations() throws Exception {
        String office = "office-race";
        for (int round = 0; round < 25; round++) {
            String mobile = LeadFixture.freshMobile();
            List<Answer> done = LeadFixture.leftAndRightAtOnce(office, token -> register(token, office, mobile));

            assertThat(done).extracting(Answer::status).as("round %d", round).containsExactlyInAnyOrder(201, 409);
            Answer won = done.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
            String owner = won.text("ownerConsultantId");
            String loser = owner.equals("c-left") ? "c-right" : "c-left";
            List<Document> stored = mongo.getCollection("leads")
                    .find(new Document("officeId", office).append("mobile", LeadFixture.digits(mobile)))
                    .into(new ArrayList<>());
            assertThat(stored).singleElement().satisfies(d -> assertThat(d.get("ownerConsultantId")).isEqualTo(owner));
            List<Document> collisions = mongo.getCollection("lead_collisions")
                    .find(new Document("leadId", won.text("leadId"))).into(new ArrayList<>());
            assertThat(collisions).as("round %d", round).singleElement().satisfies(c -> {
                assertThat(c.get("ownerConsultantId")).isEqualTo(owner);
                assertThat(c.get("challengerConsultantId")).isEqualTo(loser);
            });
        }
    }

    @Autowired
    com.anchang.lead.domain.CollisionRepository collisionStore;

    @Test
    @DisplayName("LEAD-5 (+ LEAD-9): a resolution that failed after the collision was written (the lead not yet reassigned) is completed by sending the same request again: 200, the lead reassigned once, one PM override audited, lead.lead-reassigned and the violation published; a third send changes nothing; another follower is refused 409 LEAD-5")
    void resolutionRetriedAfterACrash() {
        String office = "office-collide-retry";
        String mobile = LeadFixture.freshMobile();
        String leadId = register(LeadStaff.consultant("c-first", office), office, mobile).text("leadId");
        assertThat(register(LeadStaff.consultant("c-second", office), office, mobile).status()).isEqualTo(409);
        String collisionId = (String) server.as(LeadStaff.pm(office)).get("/api/leads/collisions?officeId=" + office)
                .list().getFirst().get("collisionId");
        // the first attempt wrote the collision's resolution and failed before the lead was reassigned
        com.anchang.lead.domain.Collision collision = collisionStore.find(collisionId).orElseThrow();
        collisionStore.resolve(collision, collision.resolve("u-pm-" + office, "c-second", "客户要求换顾问",
                Instant.now()));
        assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/" + leadId).map())
                .containsEntry("ownerConsultantId", "c-first");
        String resolve = "/api/leads/collisions/" + collisionId + "/resolution";
        Map<String, Object> request = Map.of("followerConsultantId", "c-second", "reason", "客户要求换顾问",
                "violation", "RENAMING");

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer retried = server.as(LeadStaff.pm(office)).call("POST", resolve, request);

            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.map()).containsEntry("status", "RESOLVED");
            assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/" + leadId).map())
                    .containsEntry("ownerConsultantId", "c-second");
            assertThat(server.as(LeadStaff.pm(office)).call("POST", resolve, request).status()).isEqualTo(200);
            List<ConsumerRecord<String, String>> events = capture.awaitCount(r -> leadId.equals(r.key())
                    && List.of(LeadReassigned.TYPE, com.anchang.events.lead.LeadViolationRecorded.TYPE)
                            .contains(EventCapture.header(r, EventHeaders.TYPE)), 2);
            assertThat(events).extracting(r -> EventCapture.header(r, EventHeaders.TYPE))
                    .containsExactlyInAnyOrder(LeadReassigned.TYPE, com.anchang.events.lead.LeadViolationRecorded.TYPE);
        }
        assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/" + leadId).map())
                .containsEntry("ownerConsultantId", "c-second");
        assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/audit?officeId=" + office).list())
                .filteredOn(e -> "PM_OVERRIDE".equals(e.get("action"))).hasSize(1);
        assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/violations?officeId=" + office).list())
                .singleElement().satisfies(v -> assertThat(v).containsEntry("offenderConsultantId", "c-first")
                        .containsEntry("rightfulOwnerConsultantId", "c-second"));
        Answer other = server.as(LeadStaff.pm(office)).call("POST", resolve, Map.of("followerConsultantId", "c-first"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.map().get("rule")).isEqualTo("LEAD-5");
    }
}
