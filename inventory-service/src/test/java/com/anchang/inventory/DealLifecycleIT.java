package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static com.anchang.inventory.InventoryServiceIT.OFFICE;
import static com.anchang.inventory.InventoryServiceIT.PM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitContracted;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
 * The rest of a unit's life driven by transaction-service's events (UNIT-1): the signed contract
 * makes the reserved unit CONTRACTED, a cancelled deal puts its unit back on sale. Idempotent; a unit
 * not in the state the event needs is a refusal that goes to the dead-letter topic.
 */
@ServiceIntegrationTest
class DealLifecycleIT {

    static final String DEAD_LETTERS = Topics.deadLetter("inventory-service");

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    UnitFixtures fixtures() {
        return new UnitFixtures(server, kafka);
    }

    Object status(String unitId) {
        return server.as(CONSULTANT.token()).get("/api/inventory/units/" + unitId).map().get("status");
    }

    void signed(String unitId, String dealId, String eventId) {
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, OFFICE, eventId, new ContractSigned(dealId, "dev-1", OFFICE,
                unitId, Instant.parse("2026-12-21T07:00:00Z")));
    }

    void cancelled(String unitId, String dealId, String eventId) {
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, OFFICE, eventId, new DealCancelled(dealId, "dev-1", OFFICE,
                unitId, "the buyer withdrew", "u-finance-1", Instant.parse("2026-12-22T05:30:00Z")));
    }

    static boolean of(ConsumerRecord<String, String> record, String key, String type) {
        return key.equals(record.key()) && type.equals(EventCapture.header(record, EventHeaders.TYPE));
    }

    @Test
    @DisplayName("UNIT-1: transaction.contract-signed makes the deal's reserved unit CONTRACTED once (inventory.unit-contracted), and transaction.deal-cancelled puts it back on sale once (inventory.unit-released from CONTRACTED), each delivered twice")
    void contractThenCancel() {
        UnitFixtures fixtures = fixtures();
        String unitId = fixtures.building() + "-101";
        assertThat(fixtures.hold(unitId, "deal-C").status()).isEqualTo(200);
        fixtures.reserve(unitId, "deal-C");
        String signing = UUID.randomUUID().toString();
        String cancelling = UUID.randomUUID().toString();

        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            signed(unitId, "deal-C", signing);
            signed(unitId, "deal-C", signing);
            await().until(() -> "CONTRACTED".equals(status(unitId)));
            UnitContracted contracted = EventJson.read(capture.awaitRecords(r -> of(r, unitId, UnitContracted.TYPE))
                    .getFirst().value(), UnitContracted.class);
            assertThat(contracted.dealId()).isEqualTo("deal-C");
            assertThat(contracted.contractedAt()).isEqualTo(Instant.parse("2026-12-21T07:00:00Z"));

            cancelled(unitId, "deal-C", cancelling);
            cancelled(unitId, "deal-C", cancelling);
            await().until(() -> "AVAILABLE".equals(status(unitId)));
            UnitReleased released = EventJson.read(capture.awaitRecords(r -> of(r, unitId, UnitReleased.TYPE))
                    .getFirst().value(), UnitReleased.class);
            assertThat(released.fromStatus()).isEqualTo("CONTRACTED");
            assertThat(released.dealId()).isEqualTo("deal-C");
            assertThat(released.releasedBy()).isEqualTo("u-finance-1");
            assertThat(released.reason()).isEqualTo("the buyer withdrew");

            await().during(Duration.ofSeconds(1)).until(() ->
                    capture.ofType(UnitContracted.TYPE).stream().filter(r -> unitId.equals(r.key())).count() == 1
                    && capture.ofType(UnitReleased.TYPE).stream().filter(r -> unitId.equals(r.key())).count() == 1);
        }
        assertThat(fixtures.hold(unitId, "deal-next").status()).as("back on sale").isEqualTo(200);
    }

    @Test
    @DisplayName("UNIT-1: a contract signed for a unit only held is refused and dead-lettered; a cancellation of a deal the unit is not held for (withdrawn after its hold was refused, DEAL-8) leaves the unit to its deal and is no poison")
    void refusalsAreDeadLettered() {
        UnitFixtures fixtures = fixtures();
        String building = fixtures.building();
        String held = building + "-101";
        String reserved = building + "-102";
        assertThat(fixtures.hold(held, "deal-H").status()).isEqualTo(200);
        assertThat(fixtures.hold(reserved, "deal-R").status()).isEqualTo(200);
        fixtures.reserve(reserved, "deal-R");

        try (EventCapture deadLetters = new EventCapture(brokers, DEAD_LETTERS)) {
            // one key, so applied in this order: the withdrawn deal's cancellation, then the refused contract
            TestEvents.publish(kafka, Topics.TRANSACTION, "deal-H", OFFICE, UUID.randomUUID().toString(),
                    new DealCancelled("deal-other", "dev-1", OFFICE, reserved, "房源已被他人锁定", "c-1",
                            Instant.parse("2026-12-22T05:30:00Z")));
            signed(held, "deal-H", UUID.randomUUID().toString());

            deadLetters.awaitRecords(r -> of(r, "deal-H", ContractSigned.TYPE));
            assertThat(deadLetters.ofType(DealCancelled.TYPE)).as("the cancellation ahead of it on the same partition "
                    + "was applied, not dead-lettered").isEmpty();
        }
        assertThat(status(held)).isEqualTo("HELD");
        assertThat(status(reserved)).as("still deal-R's").isEqualTo("RESERVED");
    }

    @Test
    @DisplayName("UNIT-1, OPEN-2: transaction.deal-cancelled on a held unit of an opening puts it back on sale and gives the buyer's quota slot back")
    void cancellationFreesTheQuotaSlot() {
        UnitFixtures fixtures = fixtures();
        String building = fixtures.building();
        List<String> batch = List.of(building + "-101", building + "-102");
        Answer opened = server.as(PM.token()).call("POST", "/api/inventory/openings", Map.of("officeId", OFFICE,
                "name", "加推", "unitIds", batch, "opensAt", Instant.now().minusSeconds(1).toString(), "quotaPerBuyer", 1));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        TestHttp consultant = server.as(CONSULTANT.token());
        Map<String, Object> first = Map.of("dealId", "deal-Q1", "buyerRef", "周女士");
        Map<String, Object> second = Map.of("dealId", "deal-Q2", "buyerRef", "周女士");
        assertThat(consultant.call("POST", "/api/inventory/units/" + batch.get(0) + "/hold", first).status()).isEqualTo(200);
        Answer overQuota = consultant.call("POST", "/api/inventory/units/" + batch.get(1) + "/hold", second);
        assertThat(overQuota.map()).containsEntry("rule", "OPEN-2");

        cancelled(batch.get(0), "deal-Q1", UUID.randomUUID().toString());
        await().until(() -> "AVAILABLE".equals(status(batch.get(0))));

        Answer again = consultant.call("POST", "/api/inventory/units/" + batch.get(1) + "/hold", second);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
    }

    @Test
    @DisplayName("unit swap (换房): transaction.unit-swapped, delivered twice, reserves the new unit for the deal and puts the previous one back on sale, once each")
    void unitSwap() {
        UnitFixtures fixtures = fixtures();
        String building = fixtures.building();
        String from = building + "-101";
        String to = building + "-102";
        assertThat(fixtures.hold(from, "deal-S").status()).isEqualTo(200);
        fixtures.reserve(from, "deal-S");
        String eventId = UUID.randomUUID().toString();
        UnitSwapped swapped = new UnitSwapped("deal-S", "dev-1", OFFICE, from, "1-101", to, "1-102",
                "SUBSCRIPTION_SIGNED", "c-1", "lead-1", "王先生", "13812345678", "SMS", new BigDecimal("3000000.00"),
                new BigDecimal("3000000.00"), new BigDecimal("2950000.00"), "co-1", "a higher floor", "u-pm-1",
                Instant.parse("2026-12-22T05:30:00Z"), false);

        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY)) {
            TestEvents.publish(kafka, Topics.TRANSACTION, "deal-S", OFFICE, eventId, swapped);
            TestEvents.publish(kafka, Topics.TRANSACTION, "deal-S", OFFICE, eventId, swapped);

            await().until(() -> "RESERVED".equals(status(to)) && "AVAILABLE".equals(status(from)));
            UnitReleased released = EventJson.read(capture.awaitRecords(r -> of(r, from, UnitReleased.TYPE))
                    .getFirst().value(), UnitReleased.class);
            assertThat(released.dealId()).isEqualTo("deal-S");
            assertThat(released.fromStatus()).isEqualTo("RESERVED");
            await().during(Duration.ofSeconds(1)).until(() ->
                    capture.ofType(UnitReserved.TYPE).stream().filter(r -> to.equals(r.key())).count() == 1
                    && capture.ofType(UnitReleased.TYPE).stream().filter(r -> from.equals(r.key())).count() == 1);
        }
        assertThat(fixtures.hold(to, "deal-next").status()).as("the new unit is the deal's").isEqualTo(409);
        assertThat(fixtures.hold(from, "deal-next").status()).as("the previous unit is back on sale").isEqualTo(200);
    }
}
