package com.anchang.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.events.EventHeaders;
import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.commission.ClaimDecided;
import com.anchang.events.lead.LeadLinked;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.BuyerChanged;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * {@code transaction.buyer-changed} (COMM-4 follows the buyer) and {@code lead.lead-linked} (LEAD-6) on the real
 * broker, from their golden samples (their ids made unique): applied once when delivered twice, and their poison
 * dead-lettered, as commission-service's own claim events read back.
 */
@ServiceIntegrationTest
class BuyerAndFamilyEventsIT {

    static final String DEAD_LETTERS = Topics.deadLetter("commission-service");

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    DealCreditRepository credits;
    @Autowired
    OwnershipTimelineRepository ownerships;
    @Autowired
    MeterRegistry meters;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String leadId = "lead-bf-" + run;
    final String dealId = "deal-bf-" + run;

    /** The golden sample of a type with the lead's and the deal's ids of this run. */
    <T> T golden(String type, int version, Class<T> payload) {
        return EventJson.read(GoldenSamples.json(type, version).replace("lead-5b1f2c0e", leadId)
                .replace("deal-7d0c9a1e", dealId).replace("dev-huaxin", "dev-1"), payload);
    }

    double handled(String type) {
        Counter counter = meters.find("anchang.events.consumed").tag("type", type).tag("outcome", "applied").counter();
        return counter == null ? 0 : counter.count();
    }

    /** u-bj-consultant-1's customer, their deal of 3,000,000.00 signed on 22 November (the golden samples' office). */
    void aRecognisedDeal() {
        TestEvents.publish(kafka, Topics.LEAD, leadId, "office-binjiang", UUID.randomUUID().toString(),
                new LeadRegistered(leadId, "dev-1", "office-binjiang", "u-bj-consultant-1", "王先生", "WALK_IN",
                        Instant.parse("2026-11-20T02:15:00Z"), LocalDate.parse("2026-11-27")));
        await().atMost(Duration.ofSeconds(30)).until(() -> ownerships.find(leadId).isPresent());
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-binjiang", UUID.randomUUID().toString(),
                new SubscriptionSigned(dealId, "dev-1", "office-binjiang", "unit-3-1802", "3-1802", "u-bj-consultant-1",
                        leadId, "王先生", "139" + Math.abs(run.hashCode() % 100_000_000), "SMS",
                        new BigDecimal("3000000.00"), new BigDecimal("50000.00"), new BigDecimal("900000.00"),
                        LocalDate.parse("2026-12-21"), "COMMERCIAL_LOAN", new BigDecimal("2000000.00"), "BUYER",
                        Instant.parse("2026-11-22T04:30:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(DealCredit::recognised).isPresent());
    }

    @Test
    @DisplayName("COMM-4: transaction.buyer-changed v1 (golden sample: the buyer's wife joins) delivered twice is applied once and enters nothing: the deal stays in its buyer's cumulative, its weighing and ledger unchanged")
    void buyerChangedOnce() {
        aRecognisedDeal();
        DealCredit before = credits.find(dealId).orElseThrow();
        String eventId = UUID.randomUUID().toString();
        double handledBefore = handled(BuyerChanged.TYPE);
        BuyerChanged changed = golden(BuyerChanged.TYPE, BuyerChanged.VERSION, BuyerChanged.class);

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-binjiang", eventId, changed);
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-binjiang", eventId, changed);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(BuyerChanged.TYPE) >= handledBefore + 2);
        DealCredit after = credits.find(dealId).orElseThrow();
        assertThat(after.applied(eventId)).isTrue();
        assertThat(after.appliedEventIds()).filteredOn(eventId::equals).hasSize(1);
        assertThat(after.entries()).isEqualTo(before.entries());
        assertThat(after.allocation().tiering()).isEqualTo(before.allocation().tiering());
    }

    @Test
    @DisplayName("LEAD-6: lead.lead-linked v1 (golden sample: the spouse, the same customer) delivered twice is one fact of the lead; the deal stays its owner's and its explanation names LEAD-6")
    void leadLinkedOnce() {
        aRecognisedDeal();
        String eventId = UUID.randomUUID().toString();
        LeadLinked linked = golden(LeadLinked.TYPE, LeadLinked.VERSION, LeadLinked.class);

        TestEvents.publish(kafka, Topics.LEAD, leadId, "office-binjiang", eventId, linked);
        TestEvents.publish(kafka, Topics.LEAD, leadId, "office-binjiang", eventId, linked);

        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).orElseThrow().applied(eventId));
        assertThat(ownerships.find(leadId).orElseThrow().facts()).filteredOn(f -> f.kind() == OwnershipFact.Kind.LINKED)
                .singleElement().satisfies(f -> {
                    assertThat(f.detail()).isEqualTo("same customer: SPOUSE");
                    assertThat(f.at()).isEqualTo(Instant.parse("2026-11-21T03:00:00Z"));
                });
        DealCredit deal = credits.find(dealId).orElseThrow();
        assertThat(deal.allocation().ruleIds()).contains("COMM-1", "LEAD-6");
        assertThat(deal.nets()).containsOnlyKeys("u-bj-consultant-1");
    }

    @Test
    @DisplayName("poison: a buyer change without a deal id, a link without a lead id and a claim decision neither ACCEPTED nor REJECTED go to commission-service's dead-letter topic with the reason")
    void poisonIsDeadLettered() {
        String noDeal = "deal-bf-nodeal-" + run;
        String noLead = "lead-bf-nolead-" + run;
        String badDecision = "deal-bf-baddecision-" + run;
        try (EventCapture deadLetters = new EventCapture(brokers, DEAD_LETTERS)) {
            TestEvents.publishRaw(kafka, Topics.TRANSACTION, noDeal, "office-binjiang", BuyerChanged.TYPE, 1,
                    "{\"developerId\":\"dev-1\",\"officeId\":\"office-binjiang\",\"coBuyers\":[],\"undo\":false}");
            TestEvents.publishRaw(kafka, Topics.LEAD, noLead, "office-binjiang", LeadLinked.TYPE, 1,
                    "{\"officeId\":\"office-binjiang\",\"relation\":\"SPOUSE\",\"sameCustomer\":true,"
                            + "\"registeredTogether\":false,\"linkedAt\":\"2026-11-21T03:00:00Z\"}");
            TestEvents.publishRaw(kafka, Topics.COMMISSION, badDecision, "office-binjiang", ClaimDecided.TYPE, 1,
                    "{\"claimId\":\"claim-x\",\"dealId\":\"" + badDecision + "\",\"decision\":\"MAYBE\","
                            + "\"decidedAt\":\"2026-11-25T02:00:00Z\"}");

            for (String[] expected : List.of(new String[] {noDeal, "without dealId"},
                    new String[] {noLead, "without leadId"}, new String[] {badDecision, "with decision MAYBE"})) {
                ConsumerRecord<String, String> dead = deadLetters.awaitRecords(r -> expected[0].equals(r.key())).getFirst();
                assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value(),
                        StandardCharsets.UTF_8)).as(expected[0]).contains(expected[1]);
                assertThat(EventCapture.header(dead, EventHeaders.TYPE)).isNotBlank();
            }
        }
    }
}
