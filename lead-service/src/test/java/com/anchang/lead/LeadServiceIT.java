package com.anchang.lead;

import static com.anchang.lead.LeadFixture.digits;
import static com.anchang.lead.LeadFixture.freshMobile;
import static com.anchang.lead.LeadFixture.masked;
import static com.anchang.lead.LeadFixture.registration;
import static com.anchang.lead.LeadFixture.registrationOf;
import static com.anchang.lead.LeadFixture.simultaneously;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

@ServiceIntegrationTest
class LeadServiceIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Staff of developer dev-1: consultants c-1 and c-2, sales control and the PM of office-1, head office. */
    static final String OWNER = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT").token();
    static final String COLLEAGUE = TestTokens.staff("c-2", "dev-1").at("office-1", "CONSULTANT").token();
    static final String SALES_CONTROL = TestTokens.staff("u-sc-1", "dev-1").at("office-1", "SALES_CONTROL").token();
    static final String PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM").token();
    static final String HEAD_OFFICE = LeadFixture.HEAD_OFFICE;
    /** Every role, but at another office of dev-1. */
    static final String AWAY = TestTokens.staff("u-away", "dev-1")
            .at("office-9", "CONSULTANT", "SALES_CONTROL", "FINANCE", "PM").token();
    /** Every role and head office of another developer, at an office that happens to be called office-1 too. */
    static final String OTHER_DEVELOPER = TestTokens.staff("u-elsewhere", "dev-2")
            .at("office-1", "CONSULTANT", "SALES_CONTROL", "FINANCE", "PM").withRoles("HEAD_OFFICE").token();

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;

    static String consultantAt(String userId, String officeId) {
        return TestTokens.staff(userId, "dev-1").at(officeId, "CONSULTANT").token();
    }

    Answer register(String token, Map<String, Object> body) {
        return server.as(token).call("POST", "/api/leads", body);
    }

    Answer read(String token, String leadId) {
        return server.as(token).get("/api/leads/" + leadId);
    }

    Answer audit(String token, String query) {
        return server.as(token).get("/api/leads/audit?" + query);
    }

    long leadsWithMobile(String officeId, String mobile) {
        return mongo.getCollection("leads").countDocuments(new Document("officeId", officeId)
                .append("mobile", digits(mobile)));
    }

    @Test
    @DisplayName("LEAD-1/2/3: a lead is registered, with how the customer consented, for the calling consultant (201, their developer, shown to them in full) and published as lead.lead-registered v1 keyed by its id, without the phone")
    void registerPublishes() {
        String mobile = freshMobile();
        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Instant before = Instant.now();
            Answer created = register(OWNER, registration("office-1", mobile));

            assertThat(created.status()).isEqualTo(201);
            String leadId = created.text("leadId");
            assertThat(leadId).startsWith("lead-");
            assertThat(created.map()).containsEntry("ownerConsultantId", "c-1").containsEntry("developerId", "dev-1")
                    .containsEntry("officeId", "office-1").containsEntry("mobile", digits(mobile))
                    .containsEntry("contactDetails", "FULL");
            assertThat(registrationOf(created)).containsEntry("consent", "SIGNED_FORM");
            assertThat(registrationOf(server.as(OWNER).get("/api/leads/" + leadId))).as("as stored")
                    .containsEntry("consent", "SIGNED_FORM");
            LocalDate expectedUntil = before.atZone(SHANGHAI).toLocalDate().plusDays(7);

            ConsumerRecord<String, String> record = capture.awaitRecords(r -> leadId.equals(r.key())).getFirst();
            assertThat(EventCapture.header(record, EventHeaders.TYPE)).isEqualTo(LeadRegistered.TYPE);
            assertThat(EventCapture.header(record, EventHeaders.VERSION)).isEqualTo("1");
            assertThat(EventCapture.header(record, EventHeaders.OFFICE_ID)).isEqualTo("office-1");
            assertThat(EventCapture.header(record, EventHeaders.EVENT_ID)).isNotBlank();
            assertThat(EventCapture.header(record, EventHeaders.OCCURRED_AT)).isNotBlank();
            LeadRegistered event = EventJson.read(record.value(), LeadRegistered.class);
            assertThat(event.ownerConsultantId()).isEqualTo("c-1");
            assertThat(event.developerId()).isEqualTo("dev-1");
            assertThat(event.source()).isEqualTo("WALK_IN");
            assertThat(event.protectedUntil()).isEqualTo(LocalDate.parse(created.text("protectedUntil"))).isIn(expectedUntil,
                    expectedUntil.plusDays(1)); // registration may cross midnight between 'before' and the write
            assertThat(record.value()).doesNotContain(mobile.substring(4, 8));
        }
    }

    @Test
    @DisplayName("LEAD-10: a colleague consultant and sales control read the lead with the phone masked; its owner, the office's PM and head office read it in full; an unknown lead answers 404")
    void masking() {
        String mobile = freshMobile();
        String leadId = register(OWNER, registration("office-1", mobile)).text("leadId");

        for (String masked : List.of(COLLEAGUE, SALES_CONTROL)) {
            Answer lead = read(masked, leadId);
            assertThat(lead.status()).isEqualTo(200);
            assertThat(lead.map()).containsEntry("mobile", masked(mobile)).containsEntry("contactDetails", "MASKED");
            assertThat(lead.text()).doesNotContain(mobile.substring(4, 8));
            assertThat(((Map<?, ?>) lead.map().get("needs")).get("layout")).isEqualTo("3室2厅");
            assertThat(lead.map().get("protectedUntil")).isNotNull();
        }
        for (String full : List.of(OWNER, PM, HEAD_OFFICE)) {
            Answer lead = read(full, leadId);
            assertThat(lead.status()).isEqualTo(200);
            assertThat(lead.map()).containsEntry("mobile", digits(mobile)).containsEntry("contactDetails", "FULL")
                    .containsEntry("ownerConsultantId", "c-1");
        }

        Answer unknown = read(OWNER, "lead-nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map().get("kind")).isEqualTo("lead");
    }

    @Test
    @DisplayName("LEAD-10: every answer with the full mobile (the registration included) is audited with who, when, lead, office and developer, none for a masked read; the office's PM and head office read the day's audit newest first, a consultant is refused 403")
    void audit() {
        String office = "office-audit";
        String owner = consultantAt("c-audit", office);
        String colleague = consultantAt("c-audit-2", office);
        String pm = TestTokens.staff("u-pm-audit", "dev-1").at(office, "PM").token();
        String mobile = freshMobile();
        String leadId = register(owner, registration(office, mobile)).text("leadId");

        assertThat(read(colleague, leadId).map()).containsEntry("contactDetails", "MASKED");
        assertThat(read(owner, leadId).map()).containsEntry("contactDetails", "FULL");
        assertThat(read(pm, leadId).map()).containsEntry("contactDetails", "FULL");
        assertThat(read(HEAD_OFFICE, leadId).map()).containsEntry("contactDetails", "FULL");

        Answer byPm = audit(pm, "officeId=" + office);
        assertThat(byPm.status()).isEqualTo(200);
        List<Map<String, Object>> entries = byPm.list();
        assertThat(entries).extracting(e -> e.get("userId"))
                .containsExactly("u-head-1", "u-pm-audit", "c-audit", "c-audit");
        assertThat(entries).extracting(e -> e.get("action"))
                .containsExactly("LEAD_FULL_DETAILS_READ", "LEAD_FULL_DETAILS_READ", "LEAD_FULL_DETAILS_READ",
                        "LEAD_REGISTERED");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry).containsEntry("leadId", leadId).containsEntry("officeId", office)
                    .containsEntry("developerId", "dev-1");
            assertThat(entry.get("username")).isEqualTo(entry.get("userId"));
            assertThat(entry.get("entryId")).asString().startsWith("audit-");
        });
        Instant newest = Instant.parse((String) entries.getFirst().get("at"));
        assertThat(newest).isBetween(Instant.now().minusSeconds(60), Instant.now());
        // the number itself is never in the audit (four of its digits may well be, inside an id or a timestamp)
        assertThat(entries.toString()).doesNotContain(digits(mobile));

        // head office reads the same; reading the audit discloses no mobile, so it adds nothing
        assertThat(audit(HEAD_OFFICE, "officeId=" + office).list()).isEqualTo(entries);
        // the same day named explicitly, and the day before
        LocalDate day = LocalDate.ofInstant(newest, SHANGHAI);
        assertThat(audit(pm, "officeId=" + office + "&date=" + day).list()).isEqualTo(entries);
        assertThat(audit(pm, "officeId=" + office + "&date=" + day.minusDays(1)).list()).isEmpty();

        Answer consultant = audit(owner, "officeId=" + office);
        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map().get("action")).isEqualTo("read the lead audit");
        assertThat(audit(AWAY, "officeId=" + office).status()).isEqualTo(404);
        // another developer's head office: the office is unknown to it, as an idle one is (ADR 32)
        Answer rival = audit(OTHER_DEVELOPER, "officeId=" + office);
        assertThat(rival.status()).isEqualTo(404);
        assertThat(rival.map()).containsEntry("kind", "office");

        Answer badDate = audit(pm, "officeId=" + office + "&date=23.11.2026");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.map().get("field")).isEqualTo("date");
        Answer noOffice = audit(pm, "date=" + day);
        assertThat(noOffice.status()).isEqualTo(400);
        assertThat(noOffice.map().get("field")).isEqualTo("officeId");
    }

    @Test
    @DisplayName("office isolation: another office's or developer's lead answers 404 and is not audited; registering at an office without a role there answers 404, without the consultant role 403 naming the action; nothing is stored")
    void isolation() {
        String mobile = freshMobile();
        String leadId = register(OWNER, registration("office-1", mobile)).text("leadId");

        for (String outsider : List.of(AWAY, OTHER_DEVELOPER)) {
            Answer answer = read(outsider, leadId);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.map().get("kind")).isEqualTo("lead");
            assertThat(answer.text()).doesNotContain(mobile.substring(4, 8));
        }
        assertThat(audit(PM, "officeId=office-1").list()).extracting(e -> e.get("userId"))
                .doesNotContain("u-away", "u-elsewhere");

        String other = freshMobile();
        Answer noRole = register(AWAY, registration("office-1", other));
        assertThat(noRole.status()).isEqualTo(404);
        assertThat(noRole.map().get("kind")).isEqualTo("office");
        assertThat(register(HEAD_OFFICE, registration("office-1", other)).status()).isEqualTo(404);
        Answer wrongRole = register(SALES_CONTROL, registration("office-1", other));
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.map().get("action")).isEqualTo("register a lead");
        assertThat(leadsWithMobile("office-1", other)).isZero();
    }

    @Test
    @DisplayName("LEAD-5/LEAD-10: a colleague registering a mobile the office holds under protection, however it is typed, is refused with 409 'protected by a colleague until <date>' (not the owner, the customer or the mobile) and a collision is opened; the owner registering it again is refused too; nothing is stored")
    void duplicateRefused() {
        String mobile = freshMobile();
        Answer first = register(OWNER, registration("office-1", mobile));
        String protectedUntil = first.text("protectedUntil");

        Map<String, Object> again = registration("office-1", "+86 " + mobile.replace("-", " "));
        again.put("customerName", "王");
        Answer second = register(COLLEAGUE, again);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.map().get("rule")).isEqualTo("LEAD-5");
        assertThat(second.map().get("detail")).asString()
                .startsWith("customer protected by a colleague until " + protectedUntil + "; collision collision-");
        // the collision's id is random: it may itself contain the owner's "c-1" or four of the digits by chance
        assertThat(second.text().replaceAll("collision-\\S+ is open", "collision <id> is open"))
                .doesNotContain(mobile.substring(4, 8), "王先生", "王", "c-1");
        assertThat(leadsWithMobile("office-1", mobile)).isEqualTo(1);
        assertThat(mongo.getCollection("lead_collisions").countDocuments(new Document("leadId", first.text("leadId"))))
                .isEqualTo(1);

        Answer mine = register(OWNER, registration("office-1", mobile));
        assertThat(mine.status()).isEqualTo(409);
        assertThat(mine.map().get("detail")).asString().startsWith("customer already registered by you");

        // another office keeps its own leads
        assertThat(register(consultantAt("c-9", "office-2"), registration("office-2", mobile)).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("LEAD-5: of 8 simultaneous registrations of one customer exactly one is stored, the rest are refused naming the rule, each with its collision")
    void concurrentDuplicates() throws Exception {
        String mobile = freshMobile();
        List<Callable<Answer>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String consultant = consultantAt("c-" + i, "office-3");
            attempts.add(() -> register(consultant, registration("office-3", mobile)));
        }
        List<Answer> answers = simultaneously(attempts);
        assertThat(answers).extracting(Answer::status).containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.map().get("rule")).isEqualTo("LEAD-5"));
        assertThat(leadsWithMobile("office-3", mobile)).isEqualTo(1);
        String leadId = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().text("leadId");
        assertThat(mongo.getCollection("lead_collisions").countDocuments(new Document("leadId", leadId)))
                .isEqualTo(7);
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the HTTP API is described by OpenAPI, without the caller (it comes from the token)")
    void openApi() {
        Answer docs = server.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) docs.map().get("paths")))
                .containsKeys("/api/leads", "/api/leads/{leadId}", "/api/leads/audit", "/api/leads/{leadId}/follow-ups",
                        "/api/leads/collisions", "/api/leads/collisions/{collisionId}",
                        "/api/leads/collisions/{collisionId}/resolution");
        assertThat(docs.text()).doesNotContain("officeRoles").doesNotContain("\"consultantId\"");
    }
}
