package com.anchang.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.domain.CreditRepository;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class CommissionServiceIT {

    static final String DEAD_LETTERS = Topics.deadLetter("commission-service");

    /** The lead owner, a consultant at office-1 and office-2. */
    static final TestTokens.Staff OWNER = TestTokens.staff("c-owner", "dev-1").at("office-1", "CONSULTANT")
            .at("office-2", "CONSULTANT");
    /** Closes deals of c-owner's leads: recorded on the credit, not credited. */
    static final TestTokens.Staff CLOSER = TestTokens.staff("c-closer", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff SOLO = TestTokens.staff("c-solo", "dev-1").at("office-5", "CONSULTANT");
    static final TestTokens.Staff SALES_CONTROL = TestTokens.staff("u-sales-control-1", "dev-1").at("office-1", "SALES_CONTROL");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-1", "dev-1").at("office-1", "FINANCE");
    static final TestTokens.Staff OTHER_OFFICE_PM = TestTokens.staff("u-pm-2", "dev-1").at("office-2", "PM");
    static final TestTokens.Staff HEAD_OFFICE = TestTokens.staff("u-hq-1", "dev-1").withRoles("HEAD_OFFICE");
    /** Head office of another developer, with every role at an office of its own. */
    static final TestTokens.Staff OTHER_DEVELOPER = TestTokens.staff("u-hq-9", "dev-9")
            .at("office-9", "CONSULTANT", "SALES_CONTROL", "FINANCE", "PM").withRoles("HEAD_OFFICE");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    OwnershipTimelineRepository ownerships;
    @Autowired
    CreditRepository credits;
    @Autowired
    MeterRegistry meters;

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    void leadRegistered(String leadId, String officeId, String ownerId) {
        LeadRegistered event = new LeadRegistered(leadId, "dev-1", officeId, ownerId, "王先生", "WALK_IN",
                Instant.parse("2026-11-20T02:15:00Z"), LocalDate.parse("2026-11-27"));
        TestEvents.publish(kafka, Topics.LEAD, leadId, officeId, UUID.randomUUID().toString(), event);
    }

    static DepositReceived deposit(String dealId, String officeId, String closerId, String leadId) {
        return new DepositReceived(dealId, "dev-1", officeId, "unit-3-1802", closerId, leadId, "王先生", "13812345678",
                new BigDecimal("50000.00"), Instant.parse("2026-11-21T03:30:00Z"), LocalDate.parse("2026-12-21"));
    }

    /** A deal at office-1 of c-owner's lead, closed by c-closer: credited to c-owner (COMM-1). */
    String leadOwnersDeal() {
        String leadId = id("lead");
        String dealId = id("deal");
        leadRegistered(leadId, "office-1", "c-owner");
        await().atMost(Duration.ofSeconds(30)).until(() -> ownerships.find(leadId).isPresent());
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                deposit(dealId, "office-1", "c-closer", leadId));
        awaitCredit(dealId);
        return dealId;
    }

    void awaitCredit(String dealId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).isPresent());
    }

    Answer creditOf(TestTokens.Staff caller, String dealId) {
        return server.as(caller.token()).get("/api/commissions/deals/" + dealId);
    }

    Answer creditsOf(TestTokens.Staff caller, String consultantId, String officeId) {
        return server.as(caller.token()).get("/api/commissions/consultants/" + consultantId + "/credits?officeId=" + officeId);
    }

    @Test
    @DisplayName("COMM-1: a deal closed by another consultant is credited to the lead's owner, the closer recorded, from lead and deposit events")
    void creditsTheLeadOwner() {
        String dealId = leadOwnersDeal();

        Answer answer = creditOf(OWNER, dealId);
        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> credit = answer.map();
        assertThat(credit.get("crediteeConsultantId")).isEqualTo("c-owner");
        assertThat(credit.get("closingConsultantId")).isEqualTo("c-closer");
        assertThat(credit.get("leadOwnerConsultantId")).isEqualTo("c-owner");
        assertThat(credit.get("basis")).isEqualTo("LEAD_OWNER");
        assertThat(credit.get("status")).isEqualTo("PENDING");
        assertThat(credit.get("officeId")).isEqualTo("office-1");
        assertThat(credit.get("developerId")).isEqualTo("dev-1");
        assertThat(new BigDecimal(credit.get("amountBasis").toString())).isEqualByComparingTo("50000.00");

        assertThat(creditsOf(OWNER, "c-owner", "office-1").list()).extracting(c -> c.get("dealId")).contains(dealId);
        assertThat(creditsOf(CLOSER, "c-closer", "office-1").list()).extracting(c -> c.get("dealId")).doesNotContain(dealId);
        assertThat(creditsOf(OWNER, "c-owner", "office-2").list()).extracting(c -> c.get("dealId")).doesNotContain(dealId);
    }

    @Test
    @DisplayName("a deposit event delivered twice is handled twice and records one credit; a deal whose lead is unknown is credited to its closer")
    void redeliveryCreditsOnce() {
        String dealId = id("deal");
        String eventId = UUID.randomUUID().toString();
        DepositReceived deposit = deposit(dealId, "office-5", "c-solo", id("lead-unknown"));
        double handledBefore = depositsHandled();

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-5", eventId, deposit);
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-5", eventId, deposit);

        awaitCredit(dealId);
        Map<String, Object> credit = creditOf(SOLO, dealId).map();
        assertThat(credit.get("crediteeConsultantId")).isEqualTo("c-solo");
        assertThat(credit.get("closingConsultantId")).isEqualTo("c-solo");
        assertThat(credit.get("basis")).isEqualTo("LEAD_NOT_KNOWN");
        // the second delivery was handled without error (so not dead-lettered), and changed nothing
        await().atMost(Duration.ofSeconds(30)).until(() -> depositsHandled() >= handledBefore + 2);
        assertThat(creditsOf(SOLO, "c-solo", "office-5").list()).hasSize(1);
    }

    double depositsHandled() {
        Counter counter = meters.find("anchang.events.consumed").tag("type", DepositReceived.TYPE)
                .tag("outcome", "applied").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @DisplayName("a deposit event that can never be applied (unreadable, or without a deal id) goes to commission-service's dead-letter topic")
    void poisonIsDeadLettered() {
        String unreadable = id("deal-poison");
        String withoutDeal = id("deal-nodeal");
        try (EventCapture deadLetters = new EventCapture(brokers, DEAD_LETTERS)) {
            TestEvents.publishRaw(kafka, Topics.TRANSACTION, unreadable, "office-1", DepositReceived.TYPE, 1, "{not json");
            TestEvents.publishRaw(kafka, Topics.TRANSACTION, withoutDeal, "office-1", DepositReceived.TYPE, 1,
                    "{\"officeId\":\"office-1\",\"consultantId\":\"c-1\",\"amount\":1.00}");

            ConsumerRecord<String, String> dead = deadLetters.awaitRecords(r -> unreadable.equals(r.key())).getFirst();
            assertThat(EventCapture.header(dead, EventHeaders.TYPE)).isEqualTo(DepositReceived.TYPE);
            assertThat(dead.value()).isEqualTo("{not json");
            ConsumerRecord<String, String> missing = deadLetters.awaitRecords(r -> withoutDeal.equals(r.key())).getFirst();
            assertThat(new String(missing.headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8)).contains("without dealId");
        }
    }

    @Test
    @DisplayName("an unknown deal answers 404; no token answers 401 (the credits of a consultant need the office: CommissionControllerTest)")
    void unknownDealAndBadQuery() {
        Answer unknown = creditOf(PM, "deal-nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map().get("kind")).isEqualTo("credit of deal");

        assertThat(creditsOf(HEAD_OFFICE, "c-1", "office-none").list()).isEmpty();
        assertThat(server.get("/api/commissions/deals/deal-nope").status()).isEqualTo(401);
        assertThat(server.get("/api/commissions/consultants/c-1/credits?officeId=office-1").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("office isolation: another office's or another developer's deal credit answers 404 as if it did not exist; an office the caller has no role in answers 404")
    void otherOfficesAndDevelopersSeeNothing() {
        String dealId = leadOwnersDeal();

        for (TestTokens.Staff outsider : List.of(OTHER_OFFICE_PM, OTHER_DEVELOPER)) {
            Answer answer = creditOf(outsider, dealId);
            assertThat(answer.status()).as(outsider.userId()).isEqualTo(404);
            assertThat(answer.map()).containsEntry("kind", "credit of deal").containsEntry("id", dealId);
            assertThat(answer.text()).doesNotContain("c-owner");
        }
        Answer otherOffice = creditsOf(OTHER_OFFICE_PM, "c-owner", "office-1");
        assertThat(otherOffice.status()).isEqualTo(404);
        assertThat(otherOffice.map()).containsEntry("kind", "office").containsEntry("id", "office-1");
        // an office id the caller has no role in, even their own id asked for
        assertThat(creditsOf(SOLO, "c-solo", "office-1").status()).isEqualTo(404);
        // the credited consultant of the deal, asking as a member of another office only, does not see it either
        TestTokens.Staff ownerElsewhere = TestTokens.staff("c-owner", "dev-1").at("office-2", "CONSULTANT");
        assertThat(creditOf(ownerElsewhere, dealId).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("who earned what is confidential in the office: the deal's closer (not credited) and sales control are refused its credit with 403 naming the action; a consultant may not list a colleague's credits")
    void colleaguesAreRefused() {
        String dealId = leadOwnersDeal();

        for (TestTokens.Staff colleague : List.of(CLOSER, SALES_CONTROL)) {
            Answer refused = creditOf(colleague, dealId);
            assertThat(refused.status()).as(colleague.userId()).isEqualTo(403);
            assertThat(refused.map()).containsEntry("action", "read a deal's commission credit");
        }
        for (TestTokens.Staff reader : List.of(OWNER, PM, FINANCE, HEAD_OFFICE)) {
            assertThat(creditOf(reader, dealId).status()).as(reader.userId()).isEqualTo(200);
        }

        Answer listing = creditsOf(CLOSER, "c-owner", "office-1");
        assertThat(listing.status()).isEqualTo(403);
        assertThat(listing.map()).containsEntry("action", "read another consultant's credits");
        assertThat(creditsOf(SALES_CONTROL, "c-owner", "office-1").status()).isEqualTo(403);
        assertThat(creditsOf(FINANCE, "c-owner", "office-1").list()).extracting(c -> c.get("dealId")).contains(dealId);
    }

    @Test
    @DisplayName("head office reads the credits of any office of its developer; a head office of another developer naming that office gets an empty list, never another developer's credits")
    void headOfficeOfAnotherDeveloperListsNothing() {
        String dealId = leadOwnersDeal();

        assertThat(creditsOf(HEAD_OFFICE, "c-owner", "office-1").list()).extracting(c -> c.get("dealId")).contains(dealId);
        Answer elsewhere = creditsOf(OTHER_DEVELOPER, "c-owner", "office-1");
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.list()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the HTTP API is described by OpenAPI")
    void openApi() {
        Answer docs = server.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) docs.map().get("paths")).keySet()).contains("/api/commissions/deals/{dealId}",
                "/api/commissions/consultants/{consultantId}/credits");
    }
}
