package com.anchang.commission;

import static com.anchang.support.test.EventCapture.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.commission.ClaimDecided;
import com.anchang.events.commission.ClaimRaised;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The claims' events through the deal's outbox, the relay and the real broker: what notification-service
 * and the dashboards will read on {@code anchang.commission.events}.
 */
@ServiceIntegrationTest
class ClaimEventsIT {

    static final String OFFICE = "office-claims";
    static final TestTokens.Staff CLOSER = TestTokens.staff("c-closer-e", "dev-1").at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff CLAIMANT = TestTokens.staff("c-claimant-e", "dev-1").at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff LATE = TestTokens.staff("c-late-e", "dev-1").at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-e", "dev-1").at(OFFICE, "PM");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    DealCreditRepository credits;
    @Autowired
    Clock clock;

    /** A deal of an unknown lead, its subscription signed by c-closer an hour ago: credited to them, claimable. */
    String closedDeal() {
        String dealId = "deal-e-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, OFFICE, UUID.randomUUID().toString(),
                new SubscriptionSigned(dealId, "dev-1", OFFICE, "unit-3-1802", "3-1802", CLOSER.userId(), null, "王先生",
                        "13912345678", "SMS", new BigDecimal("3200000.00"), new BigDecimal("50000.00"),
                        new BigDecimal("910000.00"), LocalDate.parse("2026-12-21"), "COMMERCIAL_LOAN",
                        new BigDecimal("2240000.00"), "BUYER", clock.instant().minus(Duration.ofHours(1))));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(DealCredit::recognised).isPresent());
        return dealId;
    }

    Answer raise(TestTokens.Staff consultant, String dealId, String evidence) {
        return server.as(consultant.token()).call("POST", "/api/commissions/deals/" + dealId + "/claims",
                Map.of("evidence", evidence));
    }

    Answer decide(String dealId, String claimId, String reason) {
        return server.as(PM.token()).call("POST", "/api/commissions/deals/" + dealId + "/claims/" + claimId + "/decision",
                Map.of("accept", true, "reason", reason));
    }

    static Predicate<ConsumerRecord<String, String>> of(String dealId, String type) {
        return r -> dealId.equals(r.key()) && type.equals(header(r, EventHeaders.TYPE));
    }

    @SuppressWarnings("unchecked")
    static String claimId(Answer answer) {
        return ((Map<String, Object>) answer.map().get("claim")).get("claimId").toString();
    }

    @Test
    @DisplayName("COMM-3: a claim accepted for the PM's adjudication is published once as commission.claim-raised v1 on anchang.commission.events, keyed by deal, from the deal's outbox; the same request sent again answers the same claim and publishes nothing more")
    void claimRaisedPublishedOnce() {
        String dealId = closedDeal();
        try (EventCapture capture = new EventCapture(brokers, Topics.COMMISSION)) {
            Answer raised = raise(CLAIMANT, dealId, "visit log of 18 November, page 12");
            Answer again = raise(CLAIMANT, dealId, "visit log of 18 November, page 12");
            assertThat(raised.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(claimId(again)).isEqualTo(claimId(raised));

            ConsumerRecord<String, String> record = capture.awaitRecords(of(dealId, ClaimRaised.TYPE)).getFirst();
            assertThat(header(record, EventHeaders.VERSION)).isEqualTo("1");
            assertThat(header(record, EventHeaders.OFFICE_ID)).isEqualTo(OFFICE);
            ClaimRaised event = EventJson.read(record.value(), ClaimRaised.class);
            assertThat(event.claimId()).isEqualTo(claimId(raised));
            assertThat(event.claimantConsultantId()).isEqualTo(CLAIMANT.userId());
            assertThat(event.unitId()).isEqualTo("unit-3-1802");
            assertThat(event.evidence()).isEqualTo("visit log of 18 November, page 12");

            // a later claim on the same deal (same key, so after anything written before it): still one for the first
            raise(LATE, dealId, "my call log");
            List<ConsumerRecord<String, String>> raisedRecords = capture.awaitCount(of(dealId, ClaimRaised.TYPE), 2);
            assertThat(raisedRecords).extracting(r -> EventJson.read(r.value(), ClaimRaised.class).claimantConsultantId())
                    .containsExactly(CLAIMANT.userId(), LATE.userId());
        }
    }

    @Test
    @DisplayName("COMM-3, COMM-6: the PM's decision is published once as commission.claim-decided v1 (ACCEPTED, by whom, why); the same decision sent again answers 200 and publishes nothing more")
    void claimDecidedPublishedOnce() {
        String dealId = closedDeal();
        try (EventCapture capture = new EventCapture(brokers, Topics.COMMISSION)) {
            String claimId = claimId(raise(CLAIMANT, dealId, "visit log of 18 November, page 12"));
            assertThat(decide(dealId, claimId, "the visit log shows the claimant first").status()).isEqualTo(200);
            assertThat(decide(dealId, claimId, "the visit log shows the claimant first").status()).isEqualTo(200);
            // a later event of the same deal: whatever the retry had written would be before it
            raise(LATE, dealId, "my call log");
            capture.awaitCount(of(dealId, ClaimRaised.TYPE), 2);

            List<ConsumerRecord<String, String>> decided = capture.ofType(ClaimDecided.TYPE).stream()
                    .filter(r -> dealId.equals(r.key())).toList();
            assertThat(decided).singleElement().satisfies(record -> {
                ClaimDecided event = EventJson.read(record.value(), ClaimDecided.class);
                assertThat(event.claimId()).isEqualTo(claimId);
                assertThat(event.decision()).isEqualTo("ACCEPTED");
                assertThat(event.decidedBy()).isEqualTo(PM.userId());
                assertThat(event.reason()).isEqualTo("the visit log shows the claimant first");
                assertThat(event.developerId()).isEqualTo("dev-1");
            });
            assertThat(credits.find(dealId).orElseThrow().nets()).containsOnlyKeys(CLAIMANT.userId());
        }
    }
}
