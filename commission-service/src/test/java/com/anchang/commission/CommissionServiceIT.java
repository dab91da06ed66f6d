package com.anchang.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.domain.LeadOwnershipRepository;
import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
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

    @Autowired
    TestHttp http;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    LeadOwnershipRepository ownerships;
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

    Answer awaitCredit(String dealId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/commissions/deals/" + dealId).status() == 200);
        return http.get("/api/commissions/deals/" + dealId);
    }

    List<Map<String, Object>> creditsOf(String consultantId, String officeId) {
        return http.get("/api/commissions/consultants/" + consultantId + "/credits?officeId=" + officeId).list();
    }

    @Test
    @DisplayName("COMM-1: a deal closed by another consultant is credited to the lead's owner, the closer recorded, from lead and deposit events")
    void creditsTheLeadOwner() {
        String leadId = id("lead");
        String dealId = id("deal");
        leadRegistered(leadId, "office-1", "c-owner");
        await().atMost(Duration.ofSeconds(30)).until(() -> ownerships.find(leadId).isPresent());

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                deposit(dealId, "office-1", "c-closer", leadId));

        Map<String, Object> credit = awaitCredit(dealId).map();
        assertThat(credit.get("crediteeConsultantId")).isEqualTo("c-owner");
        assertThat(credit.get("closingConsultantId")).isEqualTo("c-closer");
        assertThat(credit.get("leadOwnerConsultantId")).isEqualTo("c-owner");
        assertThat(credit.get("basis")).isEqualTo("LEAD_OWNER");
        assertThat(credit.get("status")).isEqualTo("PENDING");
        assertThat(credit.get("officeId")).isEqualTo("office-1");
        assertThat(new BigDecimal(credit.get("amountBasis").toString())).isEqualByComparingTo("50000.00");

        assertThat(creditsOf("c-owner", "office-1")).extracting(c -> c.get("dealId")).contains(dealId);
        assertThat(creditsOf("c-closer", "office-1")).extracting(c -> c.get("dealId")).doesNotContain(dealId);
        assertThat(creditsOf("c-owner", "office-2")).extracting(c -> c.get("dealId")).doesNotContain(dealId);
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

        Map<String, Object> credit = awaitCredit(dealId).map();
        assertThat(credit.get("crediteeConsultantId")).isEqualTo("c-solo");
        assertThat(credit.get("closingConsultantId")).isEqualTo("c-solo");
        assertThat(credit.get("basis")).isEqualTo("LEAD_NOT_KNOWN");
        // the second delivery was handled without error (so not dead-lettered), and changed nothing
        await().atMost(Duration.ofSeconds(30)).until(() -> depositsHandled() >= handledBefore + 2);
        assertThat(creditsOf("c-solo", "office-5")).hasSize(1);
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
    @DisplayName("an unknown deal answers 404; the credits of a consultant need the office")
    void unknownDealAndBadQuery() {
        Answer unknown = http.get("/api/commissions/deals/deal-nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map().get("kind")).isEqualTo("credit of deal");

        assertThat(http.get("/api/commissions/consultants/c-1/credits").status()).isEqualTo(400);
        assertThat(http.get("/api/commissions/consultants/c-1/credits?officeId=office-none").list()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the HTTP API is described by OpenAPI")
    void openApi() {
        Answer docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) docs.map().get("paths")).keySet()).contains("/api/commissions/deals/{dealId}",
                "/api/commissions/consultants/{consultantId}/credits");
    }
}
