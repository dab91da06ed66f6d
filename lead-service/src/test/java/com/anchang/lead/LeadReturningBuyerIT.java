package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadPreRegistered;
import com.anchang.events.lead.LeadReturningBuyerRegistered;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** LEAD-7: returning buyers and referral / proxy-viewer pre-registration through the running service. */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class LeadReturningBuyerIT {

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;

    Answer register(String token, String officeId, String mobile) {
        return server.as(token).call("POST", "/api/leads", LeadFixture.registration(officeId, mobile));
    }

    /** A lead of {@code consultant} whose customer bought: stage DEPOSIT, then CONTRACTED (LEAD-11). */
    String contracted(String office, String consultant, String mobile) {
        String token = LeadStaff.consultant(consultant, office);
        String leadId = register(token, office, mobile).text("leadId");
        for (String stage : List.of("DEPOSIT", "CONTRACTED")) {
            assertThat(server.as(token).call("POST", "/api/leads/" + leadId + "/stage", Map.of("stage", stage))
                    .status()).isEqualTo(200);
        }
        return leadId;
    }

    List<Document> current(String office, String mobile) {
        return mongo.getCollection("leads").find(new Document("officeId", office)
                .append("mobile", LeadFixture.digits(mobile))).into(new ArrayList<>());
    }

    @Test
    @DisplayName("LEAD-7: a returning buyer (their lead contracted) registered by another consultant is a new, separate lead for them (201, previousLeadId = the first), published as lead.returning-buyer-registered; the first lead keeps its stage and is no longer current; the office holds exactly one current lead for the mobile, which now protects the new owner (LEAD-5)")
    void returningBuyer() {
        String office = "office-return";
        String mobile = LeadFixture.freshMobile();
        String first = contracted(office, "c-first", mobile);

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer again = register(LeadStaff.consultant("c-duty", office), office, mobile);

            assertThat(again.status()).isEqualTo(201);
            String second = again.text("leadId");
            assertThat(second).isNotEqualTo(first);
            assertThat(again.map()).containsEntry("ownerConsultantId", "c-duty").containsEntry("stage", "NEW");
            assertThat((Map<String, Object>) again.map().get("registration")).containsEntry("previousLeadId", first)
                    .containsEntry("current", true);
            Answer old = server.as(LeadStaff.pm(office)).get("/api/leads/" + first);
            assertThat(old.map()).containsEntry("stage", "CONTRACTED").containsEntry("ownerConsultantId", "c-first")
                    .containsEntry("mobile", LeadFixture.digits(mobile));
            assertThat((Map<String, Object>) old.map().get("registration")).containsEntry("current", false);
            assertThat(current(office, mobile)).singleElement()
                    .satisfies(d -> assertThat(d.get("_id")).isEqualTo(second));

            Answer firstOwner = register(LeadStaff.consultant("c-first", office), office, mobile);
            assertThat(firstOwner.status()).isEqualTo(409);
            assertThat(firstOwner.map().get("rule")).isEqualTo("LEAD-5");

            LeadReturningBuyerRegistered event = EventJson.read(capture.awaitCount(r -> second.equals(r.key())
                    && LeadReturningBuyerRegistered.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), 1)
                    .getFirst().value(), LeadReturningBuyerRegistered.class);
            assertThat(event.previousLeadId()).isEqualTo(first);
            assertThat(event.previousOwnerConsultantId()).isEqualTo("c-first");
            assertThat(event.ownerConsultantId()).isEqualTo("c-duty");
        }
    }

    @Test
    @DisplayName("LEAD-7: a third purchase: the second (contracted) lead retires in its turn, the first moves on; each new lead names the one before, and exactly one lead is current")
    void thirdPurchase() {
        String office = "office-return-third";
        String mobile = LeadFixture.freshMobile();
        String first = contracted(office, "c-first", mobile);
        String token = LeadStaff.consultant("c-second", office);
        String second = register(token, office, mobile).text("leadId");
        for (String stage : List.of("DEPOSIT", "CONTRACTED")) {
            server.as(token).call("POST", "/api/leads/" + second + "/stage", Map.of("stage", stage));
        }

        Answer third = register(LeadStaff.consultant("c-third", office), office, mobile);

        assertThat(third.status()).isEqualTo(201);
        assertThat((Map<String, Object>) third.map().get("registration")).containsEntry("previousLeadId", second);
        assertThat(current(office, mobile)).singleElement()
                .satisfies(d -> assertThat(d.get("_id")).isEqualTo(third.text("leadId")));
        assertThat(mongo.getCollection("leads").countDocuments(new Document("officeId", office)
                .append("retiredMobile", LeadFixture.digits(mobile)))).isEqualTo(2);
        assertThat(server.as(LeadStaff.pm(office)).get("/api/leads/" + first).map()).containsEntry("stage", "CONTRACTED")
                .containsEntry("mobile", LeadFixture.digits(mobile));
    }

    @Test
    @DisplayName("LEAD-7 concurrency: two consultants registering the same returning buyer at the same instant, 20 times over: each time exactly one new lead (one 201, one 409), naming the contracted one, and exactly one current lead for the mobile")
    void simultaneousReturningBuyer() throws Exception {
        String office = "office-return-race";
        for (int round = 0; round < 20; round++) {
            String mobile = LeadFixture.freshMobile();
            String first = contracted(office, "c-first", mobile);
            List<Answer> done = LeadFixture.leftAndRightAtOnce(office, token -> register(token, office, mobile));

            assertThat(done).extracting(Answer::status).as("round %d", round).containsExactlyInAnyOrder(201, 409);
            Answer won = done.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
            assertThat(LeadFixture.registrationOf(won)).as("round %d", round).containsEntry("previousLeadId", first);
            assertThat(current(office, mobile)).as("round %d", round).singleElement()
                    .satisfies(d -> assertThat(d.get("_id")).isEqualTo(won.text("leadId")));
            assertThat(mongo.getCollection("leads").countDocuments(new Document("officeId", office)
                    .append("retiredMobile", LeadFixture.digits(mobile)))).as("round %d", round).isOne();
        }
    }

    @Test
    @DisplayName("LEAD-7 + LEAD-5: a referral pre-registration (kind REFERRAL naming the old buyer's lead) is owned and protected for the consultant, marked pre-registered, published as lead.lead-pre-registered; a colleague who then registers the customer is refused 409 LEAD-5 and the collision's rule names the pre-registering consultant")
    void referralPreRegistration() {
        String office = "office-referral";
        String oldBuyer = contracted(office, "c-ref", LeadFixture.freshMobile());
        String mobile = LeadFixture.freshMobile();
        Map<String, Object> body = new HashMap<>(Map.of("consent", "VERBAL", "officeId", office, "customerName", "刘女士", "mobile", mobile,
                "kind", "REFERRAL", "referredByLeadId", oldBuyer));

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer pre = server.as(LeadStaff.consultant("c-ref", office)).call("POST", "/api/leads", body);

            assertThat(pre.status()).isEqualTo(201);
            String leadId = pre.text("leadId");
            assertThat(pre.map()).containsEntry("ownerConsultantId", "c-ref").containsEntry("source", "REFERRAL");
            assertThat((Map<String, Object>) pre.map().get("registration")).containsEntry("kind", "REFERRAL")
                    .containsEntry("preRegistered", true).containsEntry("referredByLeadId", oldBuyer);
            assertThat(((Map<?, ?>) pre.map().get("protection")).get("status")).isEqualTo("PROTECTED");

            Answer walkIn = register(LeadStaff.consultant("c-duty", office), office, mobile);
            assertThat(walkIn.status()).isEqualTo(409);
            assertThat(walkIn.map().get("rule")).isEqualTo("LEAD-5");
            List<Map<String, Object>> open = server.as(LeadStaff.pm(office))
                    .get("/api/leads/collisions?officeId=" + office).list();
            assertThat(open).filteredOn(c -> leadId.equals(c.get("leadId"))).singleElement()
                    .satisfies(c -> assertThat(((Map<?, ?>) c.get("decision")).get("followerConsultantId"))
                            .isEqualTo("c-ref"));

            LeadPreRegistered event = EventJson.read(capture.awaitCount(r -> leadId.equals(r.key())
                    && LeadPreRegistered.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), 1).getFirst().value(),
                    LeadPreRegistered.class);
            assertThat(event.kind()).isEqualTo("REFERRAL");
            assertThat(event.referredByLeadId()).isEqualTo(oldBuyer);
        }

        Answer proxy = server.as(LeadStaff.consultant("c-ref", office)).call("POST", "/api/leads", Map.of("consent", "ELECTRONIC", "officeId",
                office, "customerName", "陈先生", "mobile", LeadFixture.freshMobile(), "source", "WALK_IN", "kind",
                "PROXY_VIEWER"));
        assertThat(proxy.status()).isEqualTo(201);
        assertThat((Map<String, Object>) proxy.map().get("registration")).containsEntry("kind", "PROXY_VIEWER")
                .containsEntry("preRegistered", true);
    }

    @Test
    @DisplayName("LEAD-7: bad pre-registrations answer 400 naming the field and store nothing: a referral without referredByLeadId, a referrer that is no lead of the office, a referrer on a plain registration, an unknown kind")
    void badPreRegistrations() {
        String office = "office-referral-bad";
        String otherOfficesLead = register(LeadStaff.consultant("c-x", "office-elsewhere"), "office-elsewhere",
                LeadFixture.freshMobile()).text("leadId");
        String mobile = LeadFixture.freshMobile();
        String token = LeadStaff.consultant("c-ref", office);
        Map<String, Map<String, Object>> cases = Map.of(
                "referredByLeadId", Map.of("consent", "VERBAL", "officeId", office, "customerName", "刘女士", "mobile", mobile, "kind",
                        "REFERRAL"),
                "referredByLeadId ", Map.of("consent", "VERBAL", "officeId", office, "customerName", "刘女士", "mobile", mobile, "kind",
                        "REFERRAL", "referredByLeadId", otherOfficesLead),
                "referredByLeadId  ", Map.of("consent", "VERBAL", "officeId", office, "customerName", "刘女士", "mobile", mobile,
                        "source", "WALK_IN", "referredByLeadId", otherOfficesLead),
                "kind", Map.of("consent", "VERBAL", "officeId", office, "customerName", "刘女士", "mobile", mobile, "source", "WALK_IN",
                        "kind", "FRIEND"),
                "source", Map.of("consent", "VERBAL", "officeId", office, "customerName", "刘女士", "mobile", mobile, "kind",
                        "PROXY_VIEWER"));
        cases.forEach((field, body) -> {
            Answer bad = server.as(token).call("POST", "/api/leads", body);
            assertThat(bad.status()).as(field).isEqualTo(400);
            assertThat(bad.map().get("field")).as(field).isEqualTo(field.strip());
        });
        assertThat(current(office, mobile)).isEmpty();
    }
}
