package com.anchang.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.SubscriptionSigned;
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
    /** A colleague of c-owner at office-1; closes a deal inside c-owner's protection in the COMM-2 test. */
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
    DealCreditRepository credits;
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

    static SubscriptionSigned subscription(String dealId, String officeId, String closerId, String leadId, String price) {
        return new SubscriptionSigned(dealId, "dev-1", officeId, "unit-3-1802", "3-1802", closerId, leadId, "王先生",
                "139" + dealId.hashCode(), "SMS", new BigDecimal(price), new BigDecimal("50000.00"),
                new BigDecimal("910000.00"), LocalDate.parse("2026-12-21"), "COMMERCIAL_LOAN", new BigDecimal("2240000.00"),
                "BUYER", Instant.parse("2026-11-21T04:30:00Z"));
    }

    /** A deal at office-1 of c-owner's lead, its deposit taken and its subscription signed by c-owner: credited to c-owner (COMM-1). */
    String leadOwnersDeal() {
        String leadId = id("lead");
        String dealId = id("deal");
        leadRegistered(leadId, "office-1", "c-owner");
        await().atMost(Duration.ofSeconds(30)).until(() -> ownerships.find(leadId).isPresent());
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                deposit(dealId, "office-1", "c-owner", leadId));
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                subscription(dealId, "office-1", "c-owner", leadId, "3200000.00"));
        awaitCredit(dealId);
        return dealId;
    }

    void awaitCredit(String dealId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(DealCredit::recognised).isPresent());
    }

    Answer ledgerOf(TestTokens.Staff caller, String consultantId, String officeId) {
        return server.as(caller.token()).get("/api/commissions/consultants/" + consultantId + "/ledger?officeId=" + officeId);
    }

    static BigDecimal money(Object value) {
        return new BigDecimal(value.toString());
    }

    Answer creditOf(TestTokens.Staff caller, String dealId) {
        return server.as(caller.token()).get("/api/commissions/deals/" + dealId);
    }

    Answer creditsOf(TestTokens.Staff caller, String consultantId, String officeId) {
        return server.as(caller.token()).get("/api/commissions/consultants/" + consultantId + "/credits?officeId=" + officeId);
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("COMM-1, COMM-2, COMM-6: a deal closed by c-closer inside c-owner's protection is provisional at the deposit, split 50/50 at the subscription with its explanation, visible to both; a cancellation reverses it by entries of their own")
    void splitExplainedAndReversed() {
        String leadId = id("lead");
        String dealId = id("deal");
        leadRegistered(leadId, "office-1", "c-owner");
        await().atMost(Duration.ofSeconds(30)).until(() -> ownerships.find(leadId).isPresent());
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                deposit(dealId, "office-1", "c-closer", leadId));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).isPresent());
        assertThat(creditOf(OWNER, dealId).map().get("stage")).isEqualTo("PROVISIONAL");

        String subscriptionEvent = UUID.randomUUID().toString();
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", subscriptionEvent,
                subscription(dealId, "office-1", "c-closer", leadId, "3200000.01"));
        awaitCredit(dealId);

        for (TestTokens.Staff consultant : List.of(OWNER, CLOSER)) {
            Answer answer = creditOf(consultant, dealId);
            assertThat(answer.status()).as(consultant.userId()).isEqualTo(200);
            Map<String, Object> why = (Map<String, Object>) answer.map().get("why");
            assertThat(why.get("ruleIds")).isEqualTo(List.of("COMM-1", "COMM-2"));
            assertThat(why.get("ownerConsultantId")).isEqualTo("c-owner");
            assertThat(why.get("protectedUntil")).isEqualTo("2026-11-27");
            assertThat((List<Map<String, Object>>) why.get("ownership")).extracting(f -> f.get("kind"))
                    .containsExactly("REGISTERED");
            assertThat(money(((Map<String, Object>) why.get("tiering")).get("weighted"))).isEqualByComparingTo("3200000.01");
            Map<String, Object> nets = (Map<String, Object>) answer.map().get("nets");
            assertThat(money(nets.get("c-owner"))).isEqualByComparingTo("1600000.01");
            assertThat(money(nets.get("c-closer"))).isEqualByComparingTo("1600000.00");
        }
        assertThat(money(ledgerOf(CLOSER, "c-closer", "office-1").map().get("balance")))
                .isGreaterThanOrEqualTo(new BigDecimal("1600000.00"));

        String cancellation = UUID.randomUUID().toString();
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", cancellation,
                new DealCancelled(dealId, "dev-1", "office-1", "unit-3-1802", "the buyer withdrew", "u-finance-1",
                        Instant.parse("2026-11-22T05:30:00Z")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> credits.find(dealId).orElseThrow().stage() == DealCredit.Stage.REVERSED);

        Map<String, Object> reversed = creditOf(PM, dealId).map();
        assertThat((Map<String, Object>) reversed.get("nets")).isEmpty();
        List<Map<String, Object>> entries = (List<Map<String, Object>>) reversed.get("entries");
        assertThat(entries).extracting(e -> e.get("kind")).containsExactly("CREDIT", "CREDIT", "COMMISSION", "COMMISSION",
                "REVERSAL", "REVERSAL", "COMMISSION_REVERSAL", "COMMISSION_REVERSAL");
        assertThat(entries).extracting(e -> e.get("causeEventId")).containsExactly(subscriptionEvent, subscriptionEvent,
                subscriptionEvent, subscriptionEvent, cancellation, cancellation, cancellation, cancellation);
        // the ledger keeps both lines of each: the credit and its reversal
        assertThat((List<Map<String, Object>>) ledgerOf(OWNER, "c-owner", "office-1").map().get("entries"))
                .filteredOn(e -> dealId.equals(e.get("dealId"))).extracting(e -> money(e.get("amount")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1600000.01"), new BigDecimal("4800.00"), new BigDecimal("-1600000.01"),
                        new BigDecimal("-4800.00"));
    }

    @Test
    @DisplayName("out of order: a subscription signed before its lead's registration arrived is credited to its closer, then moved to the owner by the registration")
    void lateRegistrationMovesTheCredit() {
        String leadId = id("lead");
        String dealId = id("deal");
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-5", UUID.randomUUID().toString(),
                new SubscriptionSigned(dealId, "dev-1", "office-5", "unit-1", "1", "c-solo", leadId, "王先生",
                        "137" + dealId.hashCode(), "SMS", new BigDecimal("1000000.00"), null, null, null, null, null,
                        "BUYER", Instant.parse("2026-11-21T04:30:00Z")));
        awaitCredit(dealId);
        assertThat(credits.find(dealId).orElseThrow().nets()).containsOnlyKeys("c-solo");

        leadRegistered(leadId, "office-5", "c-other");
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).orElseThrow().nets().containsKey("c-other"));
        assertThat(credits.find(dealId).orElseThrow().nets()).containsOnlyKeys("c-other", "c-solo");
        assertThat(credits.find(dealId).orElseThrow().allocation().ruleIds()).containsExactly("COMM-1", "COMM-2");
    }

    @Test
    @DisplayName("redelivery: a subscription event delivered twice is handled twice and makes one credit entry; a deal whose lead is unknown is credited to its closer")
    @SuppressWarnings("unchecked")
    void redeliveryCreditsOnce() {
        String dealId = id("deal");
        String eventId = UUID.randomUUID().toString();
        SubscriptionSigned signed = subscription(dealId, "office-5", "c-solo", id("lead-unknown"), "1000000.00");
        double handledBefore = handled(SubscriptionSigned.TYPE);

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-5", eventId, signed);
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-5", eventId, signed);

        awaitCredit(dealId);
        // the second delivery was handled without error (so not dead-lettered), and changed nothing
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(SubscriptionSigned.TYPE) >= handledBefore + 2);
        Map<String, Object> credit = creditOf(SOLO, dealId).map();
        assertThat(credit.get("closingConsultantId")).isEqualTo("c-solo");
        assertThat((List<Map<String, Object>>) credit.get("entries")).extracting(e -> e.get("kind"))
                .containsExactly("CREDIT", "COMMISSION");
        assertThat(creditsOf(SOLO, "c-solo", "office-5").list()).extracting(c -> c.get("dealId")).contains(dealId);
    }

    double handled(String type) {
        Counter counter = meters.find("anchang.events.consumed").tag("type", type)
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
    @DisplayName("an unknown deal and an unknown office answer 404; no token answers 401 (the credits of a consultant need the office: CommissionControllerTest)")
    void unknownDealAndBadQuery() {
        Answer unknown = creditOf(PM, "deal-nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map().get("kind")).isEqualTo("credit of deal");

        // an office nobody opened is unknown to head office too (ADR 32)
        Answer noOffice = creditsOf(HEAD_OFFICE, "c-1", "office-none");
        assertThat(noOffice.status()).isEqualTo(404);
        assertThat(noOffice.map().get("kind")).isEqualTo("office");
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
    @DisplayName("who earned what is confidential in the office: a colleague (not credited) and sales control are refused its credit with 403 naming the action; a consultant may not list a colleague's credits")
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
    @DisplayName("head office reads the credits of any office of its developer; a head office of another developer naming that office is told it does not exist (404 office, ADR 32), never another developer's credits")
    void headOfficeOfAnotherDeveloperIsToldNothing() {
        String dealId = leadOwnersDeal();

        assertThat(creditsOf(HEAD_OFFICE, "c-owner", "office-1").list()).extracting(c -> c.get("dealId")).contains(dealId);
        Answer elsewhere = creditsOf(OTHER_DEVELOPER, "c-owner", "office-1");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.map()).containsEntry("kind", "office");
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the HTTP API is described by OpenAPI")
    void openApi() {
        Answer docs = server.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) docs.map().get("paths")).keySet()).contains("/api/commissions/deals/{dealId}",
                "/api/commissions/consultants/{consultantId}/credits", "/api/commissions/consultants/{consultantId}/ledger");
    }
}
