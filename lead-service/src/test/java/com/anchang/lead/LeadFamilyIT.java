package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadLinked;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadLink;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** LEAD-6: family and company links through the running service. */
@ServiceIntegrationTest
class LeadFamilyIT {

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

    Answer link(String token, String leadId, String relation, String mobile, boolean together) {
        Map<String, Object> body = new HashMap<>(Map.of("relation", relation, "name", "李女士", "mobile", mobile));
        if (together) {
            body.put("registeredTogether", true);
        }
        return server.as(token).call("POST", "/api/leads/" + leadId + "/links", body);
    }

    long aliases(String office, String mobile) {
        return mongo.getCollection("lead_aliases").countDocuments(
                new Document("_id", office + ":" + LeadFixture.digits(mobile)));
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("LEAD-6: the owner links a spouse (same customer): the lead shows the link (full to the owner, masked to a colleague), lead.lead-linked is published; a colleague registering the spouse's mobile is refused 409 LEAD-6 with a collision opened for the PM, the owner is told it is already theirs, nothing new is stored")
    void spouseIsTheSameCustomer() {
        String office = "office-family-spouse";
        String owner = LeadStaff.consultant("c-owner", office);
        String colleague = LeadStaff.consultant("c-other", office);
        String leadId = register(owner, office, LeadFixture.freshMobile()).text("leadId");
        String spouse = LeadFixture.freshMobile();

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer linked = link(owner, leadId, "SPOUSE", spouse, false);

            assertThat(linked.status()).isEqualTo(201);
            assertThat(linked.map().get("links")).asList().singleElement().satisfies(l -> assertThat((Map<String, Object>) l)
                    .containsEntry("relation", "SPOUSE").containsEntry("name", "李女士")
                    .containsEntry("mobile", LeadFixture.digits(spouse)).containsEntry("sameCustomer", true)
                    .containsEntry("linkedBy", "c-owner"));
            assertThat(aliases(office, spouse)).isOne();
            assertThat(server.as(colleague).get("/api/leads/" + leadId).map().get("links").toString())
                    .contains(LeadFixture.masked(spouse)).doesNotContain(LeadFixture.digits(spouse));

            Answer refused = register(colleague, office, spouse);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.map().get("rule")).isEqualTo("LEAD-6");
            assertThat(refused.map().get("detail")).asString().contains("SPOUSE", "is open for the PM")
                    .doesNotContain("c-owner");
            Answer open = server.as(LeadStaff.pm(office)).get("/api/leads/collisions?officeId=" + office);
            assertThat(open.list()).singleElement().satisfies(c -> {
                assertThat(c).containsEntry("leadId", leadId).containsEntry("challengerConsultantId", "c-other");
                assertThat(c.get("timeline").toString()).contains("SPOUSE");
            });
            Answer mine = register(owner, office, spouse);
            assertThat(mine.status()).isEqualTo(409);
            assertThat(mine.map().get("rule")).isEqualTo("LEAD-6");
            assertThat(mine.map().get("detail")).asString().contains("already registered by you");
            assertThat(mongo.getCollection("leads").countDocuments(
                    new Document("officeId", office).append("mobile", LeadFixture.digits(spouse)))).isZero();

            ConsumerRecord<String, String> event = capture.awaitCount(r -> leadId.equals(r.key())
                    && LeadLinked.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), 1).getFirst();
            LeadLinked contract = EventJson.read(event.value(), LeadLinked.class);
            assertThat(contract.relation()).isEqualTo("SPOUSE");
            assertThat(contract.sameCustomer()).isTrue();
            assertThat(contract.ownerConsultantId()).isEqualTo("c-owner");
            assertThat(event.value()).doesNotContain(LeadFixture.digits(spouse));
        }
    }

    @Test
    @DisplayName("LEAD-6: a sibling not registered together is a separate customer: recorded on the lead, reserving nothing, and a colleague who registers them gets a new lead of their own (201); a sibling registered together is the same customer (409 LEAD-6)")
    void siblingIsSeparateUnlessRegisteredTogether() {
        String office = "office-family-sibling";
        String owner = LeadStaff.consultant("c-owner", office);
        String colleague = LeadStaff.consultant("c-other", office);
        String leadId = register(owner, office, LeadFixture.freshMobile()).text("leadId");
        String sibling = LeadFixture.freshMobile();
        String together = LeadFixture.freshMobile();

        Answer linked = link(owner, leadId, "SIBLING", sibling, false);
        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.map().get("links").toString()).contains("sameCustomer=false");
        assertThat(aliases(office, sibling)).isZero();
        assertThat(link(LeadStaff.pm(office), leadId, "SIBLING", together, true).status()).isEqualTo(201);

        Answer separate = register(colleague, office, sibling);
        assertThat(separate.status()).isEqualTo(201);
        assertThat(separate.map()).containsEntry("ownerConsultantId", "c-other");
        assertThat(separate.text("leadId")).isNotEqualTo(leadId);
        Answer same = register(colleague, office, together);
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.map().get("rule")).isEqualTo("LEAD-6");
    }

    @Test
    @DisplayName("LEAD-6: a link whose mobile already belongs to another customer of the office (a lead's own, or linked to another lead) is refused 409 LEAD-6 telling to go to the PM, and nothing is stored; bad input 400 naming the field; a colleague 403; another office 404; an unknown lead 404")
    void refusals() {
        String office = "office-family-refusals";
        String owner = LeadStaff.consultant("c-owner", office);
        String leadId = register(owner, office, LeadFixture.freshMobile()).text("leadId");
        String otherLeadsMobile = LeadFixture.freshMobile();
        register(LeadStaff.consultant("c-other", office), office, otherLeadsMobile);
        String otherLeadId = register(LeadStaff.consultant("c-other", office), office, LeadFixture.freshMobile())
                .text("leadId");
        String reserved = LeadFixture.freshMobile();
        assertThat(link(LeadStaff.consultant("c-other", office), otherLeadId, "PARENT", reserved, false).status())
                .isEqualTo(201);

        for (String taken : List.of(otherLeadsMobile, reserved)) {
            Answer refused = link(owner, leadId, "COLLEAGUE_SAME_UNIT", taken, false);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.map().get("rule")).isEqualTo("LEAD-6");
            assertThat(refused.map().get("detail")).asString().contains("PM");
        }
        assertThat(server.as(owner).get("/api/leads/" + leadId).map().get("links")).asList().isEmpty();

        Answer noRelation = server.as(owner).call("POST", "/api/leads/" + leadId + "/links",
                Map.of("name", "李女士", "mobile", LeadFixture.freshMobile()));
        assertThat(noRelation.status()).isEqualTo(400);
        assertThat(noRelation.map().get("field")).isEqualTo("relation");
        Answer badMobile = link(owner, leadId, "SPOUSE", "010-12345678", false);
        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(badMobile.map().get("field")).isEqualTo("mobile");
        Answer badRelation = server.as(owner).call("POST", "/api/leads/" + leadId + "/links",
                Map.of("relation", "COUSIN", "name", "李女士", "mobile", LeadFixture.freshMobile()));
        assertThat(badRelation.status()).isEqualTo(400);
        String fresh = LeadFixture.freshMobile();
        Answer colleague = link(LeadStaff.consultant("c-other", office), leadId, "SPOUSE", fresh, false);
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(colleague.map().get("action")).isEqualTo("link a person to a lead");
        assertThat(link(LeadStaff.pm("office-9"), leadId, "SPOUSE", fresh, false).status()).isEqualTo(404);
        assertThat(link(owner, "lead-unknown", "SPOUSE", fresh, false).status()).isEqualTo(404);
        assertThat(aliases(office, fresh)).isZero();
        assertThat(server.as(owner).get("/api/leads/" + leadId).map().get("links")).asList().isEmpty();
    }

    @Test
    @DisplayName("LEAD-6 + LEAD-3: once the lead's protection has ended, registering the linked spouse's mobile re-registers that same lead to the new consultant (201, same lead id, the customer's name kept, lead.lead-reassigned RE_REGISTERED)")
    void lapsedLeadThroughALink() {
        String office = "office-family-lapse";
        ProtectionPolicy policy = policies.forOffice(office);
        Instant nineDaysAgo = Instant.now().minus(Duration.ofDays(9));
        LeadEvent.Registered old = Lead.register("dev-1", office, "c-gone", "赵先生",
                MobileNumber.parse(LeadFixture.freshMobile()), LeadSource.WALK_IN, Needs.NONE, nineDaysAgo, policy);
        String spouse = LeadFixture.freshMobile();
        old.lead().link("c-gone", LeadLink.Relation.SPOUSE, "赵太太", MobileNumber.parse(spouse), false,
                nineDaysAgo.plusSeconds(60), policy);
        calendar.schedule("dev-1", office, ProtectionPolicy.releasedOn(old.lead().protectedUntil()), old.lead().id());
        leads.insert(old.lead(), List.of(old));
        new com.anchang.lead.adapter.persistence.MongoLeadAliases(mongo).reserve("dev-1", office,
                MobileNumber.parse(spouse), old.lead().id());

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer next = register(LeadStaff.consultant("c-next", office), office, spouse);

            assertThat(next.status()).isEqualTo(201);
            assertThat(next.map()).containsEntry("leadId", old.lead().id()).containsEntry("ownerConsultantId", "c-next")
                    .containsEntry("customerName", "赵先生");
            LeadReassigned reassigned = EventJson.read(capture.awaitCount(r -> old.lead().id().equals(r.key())
                    && LeadReassigned.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), 1).getFirst().value(),
                    LeadReassigned.class);
            assertThat(reassigned.reason()).isEqualTo("RE_REGISTERED");
            assertThat(reassigned.previousOwnerConsultantId()).isEqualTo("c-gone");
        }
    }
}
