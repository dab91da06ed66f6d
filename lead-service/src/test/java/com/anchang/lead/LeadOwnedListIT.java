package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.lead.adapter.persistence.MongoLeadRepository;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** "My customers" (GET /api/leads/owned): a consultant's leads by the soonest lapse, read by key. */
@ServiceIntegrationTest
class LeadOwnedListIT {

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LeadRepository leads;
    @Autowired
    MongoLeadRepository stored;
    @Autowired
    ProtectionPolicies policies;

    /** A lead of {@code owner} registered {@code daysAgo} days ago, written as a registration writes it. */
    Lead registered(String owner, String officeId, String name, String mobile, int daysAgo) {
        LeadEvent.Registered registered = Lead.register(LeadStaff.DEVELOPER, officeId, owner, name,
                MobileNumber.parse(mobile), LeadSource.WALK_IN, Needs.NONE,
                Instant.now().minus(Duration.ofDays(daysAgo)), policies.forOffice(officeId));
        leads.insert(registered.lead(), List.of(registered));
        return registered.lead();
    }

    Answer owned(String token, String query) {
        return server.as(token).get("/api/leads/owned?" + query);
    }

    static List<Object> ids(Answer answer) {
        return answer.list().stream().map(line -> line.get("leadId")).toList();
    }

    @Test
    @DisplayName("LEAD-3 my customers: the consultant's leads at the office, the soonest protection lapse first, with the countdown and the phone masked (LEAD-10); another office's and a colleague's leads are not there")
    void soonestLapseFirst() {
        String office = "office-mine";
        Lead fourDays = registered("c-mine", office, "赵先生", "13911110004", 4);
        Lead today = registered("c-mine", office, "钱女士", "13911110000", 0);
        Lead twoDays = registered("c-mine", office, "孙先生", "13911110002", 2);
        registered("c-mine", "office-elsewhere", "李先生", "13911110009", 1);
        registered("c-other", office, "周女士", "13911110008", 5);

        Answer mine = owned(LeadStaff.consultant("c-mine", office), "officeId=" + office);

        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        assertThat(ids(mine)).containsExactly(fourDays.id(), twoDays.id(), today.id());
        Map<String, Object> first = mine.list().getFirst();
        assertThat(first).containsEntry("customerName", "赵先生").containsEntry("mobile", "139****0004")
                .containsEntry("followUps", 0).containsEntry("bought", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> protection = (Map<String, Object>) first.get("protection");
        assertThat(protection).containsEntry("status", "PROTECTED")
                .containsEntry("protectedUntil", fourDays.protectedUntil().toString());
    }

    @Test
    @DisplayName("my customers searched by a part of the name or the last digits of the phone")
    void search() {
        String office = "office-search";
        String token = LeadStaff.consultant("c-search", office);
        Lead wang = registered("c-search", office, "王建国", "13922225678", 1);
        Lead wu = registered("c-search", office, "吴建华", "13922221234", 1);

        assertThat(ids(owned(token, "officeId=" + office + "&q=建"))).containsExactlyInAnyOrder(wang.id(), wu.id());
        assertThat(ids(owned(token, "officeId=" + office + "&q=王"))).containsExactly(wang.id());
        assertThat(ids(owned(token, "officeId=" + office + "&q=5678"))).containsExactly(wang.id());
        assertThat(ids(owned(token, "officeId=" + office + "&q=678"))).containsExactly(wang.id());
        assertThat(ids(owned(token, "officeId=" + office + "&q=2222"))).isEmpty();
    }

    @Test
    @DisplayName("LEAD-8 a reassigned lead leaves the old owner's customers and joins the new owner's at once; the PM and head office read a consultant's list, a colleague may not (403)")
    void reassignedMoves() {
        String office = "office-moves";
        Lead lead = registered("c-leaving", office, "冯先生", "13933330001", 1);
        String taking = LeadStaff.consultant("c-taking", office); // a consultant of the office, known to (the test) identity
        Answer moved = server.as(LeadStaff.pm(office)).call("POST", "/api/leads/" + lead.id() + "/reassignment",
                Map.of("toConsultantId", "c-taking", "reason", "顾问离职"));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);

        assertThat(ids(owned(LeadStaff.consultant("c-leaving", office), "officeId=" + office))).isEmpty();
        assertThat(ids(owned(taking, "officeId=" + office))).containsExactly(lead.id());
        assertThat(ids(owned(LeadStaff.pm(office), "officeId=" + office + "&ownerConsultantId=c-taking")))
                .containsExactly(lead.id());
        assertThat(ids(owned(LeadFixture.HEAD_OFFICE, "officeId=" + office + "&ownerConsultantId=c-taking")))
                .containsExactly(lead.id());
        assertThat(owned(LeadStaff.consultant("c-leaving", office), "officeId=" + office + "&ownerConsultantId=c-taking")
                .status()).isEqualTo(403);
        assertThat(stored.listedUnder("c-leaving")).as("the old owner's entry, stale for good, was taken off").isEmpty();
    }

    @Test
    @DisplayName("a crash between listing and writing: an entry whose lead is missing or whose write may still be under way is skipped and kept; a missing officeId is a 400 naming it")
    void entriesOfUnfinishedWrites() {
        String office = "office-crash";
        Lead elsewhere = registered("c-someone", office, "陈先生", "13944440001", 1);
        mongo.upsert(Query.query(Criteria.where("_id").is("c-crash")), new Update().addToSet("leads").each(
                new Document("l", "lead-never-written").append("v", 0L),
                new Document("l", elsewhere.id()).append("v", elsewhere.version() + 1)), "owner_leads");

        Answer mine = owned(LeadStaff.consultant("c-crash", office), "officeId=" + office);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.list()).isEmpty();
        assertThat(stored.listedUnder("c-crash")).hasSize(2);
        Answer missing = server.as(LeadStaff.consultant("c-crash", office)).get("/api/leads/owned");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("officeId");
    }

    @Test
    @DisplayName("leads stored before owners' lists existed are listed once at start, then the backfill is done")
    void backfill() {
        String office = "office-before";
        Lead old = registered("c-before", office, "褚先生", "13955550001", 1);
        mongo.remove(Query.query(Criteria.where("_id").is("c-before")), "owner_leads");
        mongo.remove(new Query(), "migrations");

        assertThat(stored.listStoredLeadsUnderOwners()).isPositive();
        assertThat(ids(owned(LeadStaff.consultant("c-before", office), "officeId=" + office))).containsExactly(old.id());
        assertThat(stored.listStoredLeadsUnderOwners()).as("once per store").isZero();
    }
}
