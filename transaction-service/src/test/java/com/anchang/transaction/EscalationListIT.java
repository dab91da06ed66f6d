package com.anchang.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.notification.ReminderUnanswered;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.events.transaction.EscalationRaised;
import com.anchang.events.transaction.EscalationResolved;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.ReceiptRegister;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * DEAL-7 on the running service: notification-service's reports (its golden samples, on its topic)
 * and the periodic sweep put deals on their office's escalation list; the PM reads "what needs me today"
 * and resolves entries with a note; the entries are published as transaction.escalation-raised/-resolved.
 */
@ServiceIntegrationTest
class EscalationListIT extends FakeInventory {

    static final String DEVELOPER = "dev-esc";
    static final String OFFICE = "office-esc";
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-esc", DEVELOPER).at(OFFICE, "PM");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-esc", DEVELOPER).at(OFFICE, "FINANCE");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-esc", DEVELOPER).at(OFFICE, "CONSULTANT");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    DealRepository deals;
    @Autowired
    ReceiptRegister register;
    @Autowired
    DealPolicies policies;
    @Autowired
    List<PeriodicJob> jobs;

    DealFixtures fixtures() {
        return new DealFixtures(DEVELOPER, OFFICE, "c-esc", register, policies.forOffice(OFFICE), Instant.now());
    }

    Deal stored(DealFixtures fixtures, DealStatus status) {
        Deal deal = fixtures.at(status);
        assertThat(deals.insert(deal, List.of())).isTrue();
        return deal;
    }

    List<Map<String, Object>> openList(TestTokens.Staff who) {
        Answer list = server.as(who.token()).get("/api/deals/escalations?officeId=" + OFFICE);
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> open = (List<Map<String, Object>>) list.map().get("open");
        return open;
    }

    List<Map<String, Object>> openOf(String dealId) {
        return openList(PM).stream().filter(entry -> dealId.equals(entry.get("dealId"))).toList();
    }

    @Test
    @DisplayName("DEAL-7 buyer unreachable / unanswered: notification-service's golden reports, each delivered twice, put the deal on the office's list once each; the PM resolves one with a note, published")
    void buyerNotReachedFromNotificationEvents() {
        String dealId = stored(fixtures(), DealStatus.SUBSCRIPTION_SIGNED).id();
        ReminderUndeliverable golden = EventJson.read(GoldenSamples.json(ReminderUndeliverable.TYPE,
                ReminderUndeliverable.VERSION), ReminderUndeliverable.class);
        ReminderUnanswered goldenUnanswered = EventJson.read(GoldenSamples.json(ReminderUnanswered.TYPE,
                ReminderUnanswered.VERSION), ReminderUnanswered.class);
        ReminderUndeliverable undeliverable = new ReminderUndeliverable(golden.reminderId(), dealId,
                DEVELOPER, OFFICE, golden.unitId(), golden.buyerMaskedMobile(), golden.reminderKind(), golden.dueDate(),
                golden.remindAt(), golden.channelsTried(), golden.reasons(), golden.decidedAt());
        ReminderUnanswered unanswered = new ReminderUnanswered(goldenUnanswered.reminderId(), dealId, DEVELOPER, OFFICE,
                goldenUnanswered.unitId(), goldenUnanswered.buyerMaskedMobile(), goldenUnanswered.reminderKind(),
                goldenUnanswered.dueDate(), goldenUnanswered.remindAt(), goldenUnanswered.channel(),
                goldenUnanswered.provider(), goldenUnanswered.sentAt(), goldenUnanswered.decidedAt());

        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            String eventId = UUID.randomUUID().toString();
            TestEvents.publish(kafka, Topics.NOTIFICATION, dealId, OFFICE, eventId, undeliverable);
            TestEvents.publish(kafka, Topics.NOTIFICATION, dealId, OFFICE, eventId, undeliverable); // redelivered
            TestEvents.publish(kafka, Topics.NOTIFICATION, dealId, OFFICE, UUID.randomUUID().toString(), undeliverable);
            TestEvents.publish(kafka, Topics.NOTIFICATION, dealId, OFFICE, UUID.randomUUID().toString(), unanswered);

            await().until(() -> openOf(dealId).size() == 2);
            List<Map<String, Object>> open = openOf(dealId);
            assertThat(open).extracting(entry -> entry.get("kind"))
                    .containsExactlyInAnyOrder("BUYER_UNREACHABLE", "REMINDER_UNANSWERED");
            Map<String, Object> unreachable = open.stream().filter(e -> "BUYER_UNREACHABLE".equals(e.get("kind")))
                    .findFirst().orElseThrow();
            assertThat((String) unreachable.get("detail")).contains("isv.SMS_TEMPLATE_ILLEGAL", "43004", "138****5678");
            assertThat(unreachable).containsEntry("buyerMobile", "138****5678").containsEntry("unitCode", "3-1802");
            assertThat(openList(FINANCE)).as("finance reads the list too").extracting(e -> e.get("dealId")).contains(dealId);

            String escalationId = (String) unreachable.get("escalationId");
            Answer resolved = server.as(PM.token()).call("POST", "/api/deals/" + dealId + "/escalations/" + escalationId
                    + "/resolve", Map.of("note", "买方换了号码, 已当面告知"));
            assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
            Answer again = server.as(PM.token()).call("POST", "/api/deals/" + dealId + "/escalations/" + escalationId
                    + "/resolve", Map.of("note", "again"));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.map()).containsEntry("rule", "DEAL-7");
            assertThat(openOf(dealId)).extracting(e -> e.get("kind")).containsExactly("REMINDER_UNANSWERED");

            List<EscalationRaised> raised = capture.awaitCount(r -> dealId.equals(r.key())
                    && EscalationRaised.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), 2).stream()
                    .map(r -> EventJson.read(r.value(), EscalationRaised.class)).toList();
            assertThat(raised).extracting(EscalationRaised::kind)
                    .containsExactlyInAnyOrder("BUYER_UNREACHABLE", "REMINDER_UNANSWERED");
            EscalationResolved done = EventJson.read(capture.awaitRecords(r -> dealId.equals(r.key())
                    && EscalationResolved.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    EscalationResolved.class);
            assertThat(done.resolvedBy()).isEqualTo("u-pm-esc");
            assertThat(done.note()).isEqualTo("买方换了号码, 已当面告知");
        }
    }

    @Test
    @DisplayName("DEAL-7 overdue and lapsing hold: the escalation sweep (a periodic job naming its next work) puts them on the list when their time comes, once")
    void sweepRaisesMissedDeadlines() {
        DealFixtures fixtures = fixtures();
        Deal owing = stored(fixtures, DealStatus.SUBSCRIPTION_SIGNED);
        Deal held = stored(fixtures(), DealStatus.UNIT_HELD);
        PeriodicJob sweep = jobs.stream().filter(job -> job.name().equals("escalation-sweep")).findFirst().orElseThrow();
        Instant overdueAt = owing.downPaymentDueDate().plusDays(1).atStartOfDay(policies.forOffice(OFFICE).zone())
                .toInstant();
        Instant warnedAt = held.holdExpiresAt().minus(policies.forOffice(OFFICE).holdLapseWarning());

        assertThat(sweep.nextDueAfter(Instant.now())).hasValueSatisfying(next -> assertThat(next)
                .isBeforeOrEqualTo(warnedAt));
        sweep.runAt(warnedAt);
        assertThat(openOf(held.id())).extracting(e -> e.get("kind")).containsExactly("HOLD_LAPSING");
        assertThat(openOf(owing.id())).isEmpty();

        sweep.runAt(overdueAt);
        sweep.runAt(overdueAt.plusSeconds(3600));
        assertThat(openOf(owing.id())).extracting(e -> e.get("kind")).containsExactly("DOWN_PAYMENT_OVERDUE");
        assertThat(openOf(held.id())).hasSize(1);
    }

    @Test
    @DisplayName("DEAL-7: the list is the PM's and finance's — a consultant of the office is refused (403), another office's staff get 404")
    void whoReadsTheList() {
        Answer consultant = server.as(CONSULTANT.token()).get("/api/deals/escalations?officeId=" + OFFICE);
        Answer away = server.as(TestTokens.staff("u-away", DEVELOPER).at("office-away", "PM").token())
                .get("/api/deals/escalations?officeId=" + OFFICE);

        assertThat(consultant.status()).isEqualTo(403);
        assertThat(away.status()).isEqualTo(404);
    }
}
