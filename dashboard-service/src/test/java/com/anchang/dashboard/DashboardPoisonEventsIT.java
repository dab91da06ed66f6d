package com.anchang.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.EventHeaders;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
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

/**
 * A poison event on each topic the read model consumes (issue: proof of reliability): it goes to
 * dashboard-service's dead-letter topic with the reason, and the partition is not stuck: the next event of
 * the same key, behind it in the same partition, is counted.
 */
@ServiceIntegrationTest
class DashboardPoisonEventsIT {

    static final TestTokens.Staff HEAD_OFFICE = TestTokens.staff("u-hq-p", "dev-p").withRoles("HEAD_OFFICE");

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @SuppressWarnings("unchecked")
    long step(String officeId, String name) {
        TestHttp.Answer answer = server.as(HEAD_OFFICE.token())
                .get("/api/dashboards/offices/" + officeId + "?from=2026-03-02&to=2026-03-02");
        if (answer.status() == 404) {
            return 0; // head office sees an office once an event has named it
        }
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return ((List<Map<String, Object>>) ((Map<String, Object>) answer.map().get("funnel")).get("steps")).stream()
                .filter(s -> s.get("name").equals(name)).mapToLong(s -> ((Number) s.get("count")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a poison event on the lead, inventory and transaction topics is dead-lettered with its reason; the next event of its partition is counted")
    void poisonOnEveryTopic() {
        Instant monday = Instant.parse("2026-03-02T03:00:00Z");
        record Case(String topic, String type, Record good, String step) {
        }
        String office = "office-p-" + UUID.randomUUID().toString().substring(0, 8);
        List<Case> cases = List.of(
                new Case(Topics.LEAD, LeadRegistered.TYPE, new LeadRegistered("lead-p", "dev-p", office, "c-1", "李女士",
                        "PHONE", monday, LocalDate.parse("2026-03-09")), "newLeads"),
                // a hold counts in no figure of the funnel: dead-lettered alone
                new Case(Topics.INVENTORY, UnitHeld.TYPE, null, null),
                new Case(Topics.TRANSACTION, ContractSigned.TYPE, new ContractSigned("deal-p", "dev-p", office, "unit-p",
                        monday), "contracts"));

        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("dashboard-service"))) {
            for (Case c : cases) {
                String key = "poison-" + UUID.randomUUID();
                TestEvents.publishRaw(kafka, c.topic(), key, office, c.type(), 1, "{not json");
                if (c.good() != null) {
                    TestEvents.publish(kafka, c.topic(), key, office, UUID.randomUUID().toString(), c.good());
                }

                ConsumerRecord<String, String> dead = deadLetters.awaitRecords(r -> key.equals(r.key())).getFirst();
                assertThat(dead.value()).isEqualTo("{not json");
                assertThat(EventCapture.header(dead, EventHeaders.TYPE)).isEqualTo(c.type());
                assertThat(new String(dead.headers().lastHeader("kafka_dlt-original-topic").value(),
                        StandardCharsets.UTF_8)).isEqualTo(c.topic());
                assertThat(dead.headers().lastHeader("kafka_dlt-exception-message")).as("the reason").isNotNull();
                if (c.good() != null) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> step(office, c.step()) == 1);
                }
            }
        }
    }
}
