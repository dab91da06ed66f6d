package com.anchang.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.ReceptionAssigned;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.events.transaction.TemporaryDepositReceived;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class DashboardServiceIT {

    static final TestTokens.Staff HUAXIN_HEAD_OFFICE = TestTokens.staff("u-hq", "dev-huaxin").withRoles("HEAD_OFFICE");
    static final TestTokens.Staff HEAD_OFFICE = TestTokens.staff("u-hq-1", "dev-1").withRoles("HEAD_OFFICE");

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;

    /** Publishes the golden sample of a consumed event as its producer's relay would, under this event id. */
    <T extends Record> void golden(String topic, String type, int version, Class<T> payload, String eventId) {
        T event = EventJson.read(GoldenSamples.json(type, version), payload);
        TestEvents.publish(kafka, topic, "key-" + type, "office-binjiang", eventId, event);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    Answer office(TestTokens.Staff caller, String officeId, String from, String to) {
        return server.as(caller.token()).get("/api/dashboards/offices/" + officeId + "?from=" + from + "&to=" + to);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> funnel(Answer answer) {
        // head office sees an office once an event has named it: 404 until then
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return (Map<String, Object>) answer.map().get("funnel");
    }

    @SuppressWarnings("unchecked")
    static long step(Map<String, Object> funnel, String name) {
        return ((List<Map<String, Object>>) funnel.get("steps")).stream().filter(s -> s.get("name").equals(name))
                .mapToLong(s -> ((Number) s.get("count")).longValue()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static BigDecimal money(Map<String, Object> funnel, String name) {
        return new BigDecimal(((Map<String, Object>) funnel.get("money")).get(name).toString());
    }

    @Test
    @DisplayName("the golden samples of every counted event, through the real broker, make 滨江's funnel; a redelivered deposit counts once")
    void goldenSamples() {
        golden(Topics.LEAD, ReceptionAssigned.TYPE, ReceptionAssigned.VERSION, ReceptionAssigned.class, id());
        golden(Topics.LEAD, LeadRegistered.TYPE, LeadRegistered.VERSION, LeadRegistered.class, id());
        golden(Topics.INVENTORY, UnitHeld.TYPE, UnitHeld.VERSION, UnitHeld.class, id());
        golden(Topics.TRANSACTION, TemporaryDepositReceived.TYPE, TemporaryDepositReceived.VERSION,
                TemporaryDepositReceived.class, id());
        String deposit = id();
        golden(Topics.TRANSACTION, DepositReceived.TYPE, DepositReceived.VERSION, DepositReceived.class, deposit);
        golden(Topics.TRANSACTION, DepositReceived.TYPE, DepositReceived.VERSION, DepositReceived.class, deposit);
        golden(Topics.TRANSACTION, SubscriptionSigned.TYPE, SubscriptionSigned.VERSION, SubscriptionSigned.class, id());
        golden(Topics.TRANSACTION, DownPaymentReceived.TYPE, DownPaymentReceived.VERSION, DownPaymentReceived.class, id());
        golden(Topics.TRANSACTION, ContractSigned.TYPE, ContractSigned.VERSION, ContractSigned.class, id());
        golden(Topics.TRANSACTION, DealCancelled.TYPE, DealCancelled.VERSION, DealCancelled.class, id());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> f = funnel(office(HUAXIN_HEAD_OFFICE, "office-binjiang", "2026-11-01", "2026-12-31"));
            assertThat(step(f, "contracts")).isEqualTo(1);
            assertThat(((Number) f.get("cancellations")).longValue()).isEqualTo(1);
            assertThat(step(f, "receptions")).isEqualTo(1);
        });
        Map<String, Object> f = funnel(office(HUAXIN_HEAD_OFFICE, "office-binjiang", "2026-11-01", "2026-12-31"));
        assertThat(step(f, "newLeads")).isEqualTo(1);
        assertThat(step(f, "temporaryDeposits")).isEqualTo(1);
        assertThat(step(f, "formalDeposits")).isEqualTo(1);
        assertThat(step(f, "subscriptions")).isEqualTo(1);
        // cancelled at DEPOSIT_RECEIVED in the sample: not a signed subscription taken back
        assertThat(((Number) f.get("netSubscriptions")).longValue()).isEqualTo(1);
        assertThat(money(f, "collected")).isEqualByComparingTo("960000.00");
        assertThat(money(f, "refunded")).isEqualByComparingTo("50000.00");
        assertThat(money(f, "netCollected")).isEqualByComparingTo("910000.00");
        assertThat(money(f, "subscribed")).isEqualByComparingTo("3200000.00");
    }

    @Test
    @DisplayName("an event counts on the office's day in Asia/Shanghai (16:30Z on 1 March is 2 March there), whatever order events come in")
    void officeDaysAndAnyOrder() {
        String office = "office-" + UUID.randomUUID().toString().substring(0, 8);
        String deal = "deal-" + UUID.randomUUID();
        // the contract first, the subscription after it, the lead last
        TestEvents.publish(kafka, Topics.TRANSACTION, deal, office, id(), new ContractSigned(deal, "dev-1", office,
                "unit-1", Instant.parse("2026-03-05T02:00:00Z")));
        TestEvents.publish(kafka, Topics.TRANSACTION, deal, office, id(), new SubscriptionSigned(deal, "dev-1", office,
                "unit-1", "1-101", "c-1", "lead-1", "李女士", "13912345678", "SMS", new BigDecimal("2000000.00"),
                new BigDecimal("50000.00"), new BigDecimal("600000.00"), LocalDate.parse("2026-04-01"), "CASH", null,
                "BUYER", Instant.parse("2026-03-02T03:00:00Z")));
        TestEvents.publish(kafka, Topics.LEAD, "lead-1", office, id(), new LeadRegistered("lead-1", "dev-1", office,
                "c-1", "李女士", "PHONE", Instant.parse("2026-03-01T16:30:00Z"), LocalDate.parse("2026-03-09")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(step(funnel(office(HEAD_OFFICE, office, "2026-03-02", "2026-03-02")), "newLeads")).isEqualTo(1));
        assertThat(step(funnel(office(HEAD_OFFICE, office, "2026-03-01", "2026-03-01")), "newLeads")).isZero();
        Map<String, Object> week = funnel(office(HEAD_OFFICE, office, "2026-03-02", "2026-03-08"));
        assertThat(step(week, "subscriptions")).isEqualTo(1);
        assertThat(step(week, "contracts")).isEqualTo(1);
        // the week before holds nothing of it
        Answer answer = office(HEAD_OFFICE, office, "2026-03-02", "2026-03-08");
        assertThat(answer.map()).extractingByKey("previousPeriod").isEqualTo(Map.of("from", "2026-02-23", "to", "2026-03-01"));
        assertThat(step(funnel(answer), "newLeads")).isEqualTo(1);
    }
}
