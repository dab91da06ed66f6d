package com.anchang.platform;

import static com.anchang.platform.FaultChecks.EVENTUALLY;
import static com.anchang.platform.FaultChecks.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.commission.ClaimRaised;
import com.anchang.events.commission.CreditRecorded;
import com.anchang.events.identity.OfficeOpened;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.events.transaction.DepositReceived;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Network faults and poison (issue 17): transaction-service reaches the store and the broker through links of
 * the test's own ({@link LinkProxy}), which are cut and slowed while the rest of the platform keeps running;
 * then a poison record on every topic that has consumers. Clients see 503s that a retry resolves, never a wrong
 * answer; health says DOWN and UP truthfully; events wait in the outbox and arrive once; a poison goes to each
 * consumer's dead-letter topic with its reason and the records behind it are consumed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkFaultsE2E {

    static final String LINKED = "transaction-service";

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(36_000, "e2e-network-faults-var-",
            config -> config.withLinksThroughProxies(LINKED));
    static final FaultChecks CHECKS = new FaultChecks(E2E);

    @Test
    @Order(1)
    @DisplayName("the store link cut: a read answers 503 with Retry-After within the driver's 5 s selection limit, never a 500 or a hang, and health says mongo DOWN; healed: UP, and the read answers 200")
    void storeLinkCut() throws Exception {
        String unitId = E2E.buildingId() + "-901";
        String dealId = CHECKS.heldDeal(unitId, "0901");
        LinkProxy store = E2E.platform().storeLink();

        store.cut();
        try {
            long start = System.nanoTime();
            HttpResponse<String> whileCut = CHECKS.throughGateway("bj.pm", "/api/deals/" + dealId);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("store link cut: a read answered %d in %d ms%n", whileCut.statusCode(), tookMillis);
            assertThat(whileCut.statusCode()).as(whileCut.body()).isEqualTo(503);
            assertThat(whileCut.headers().firstValue("Retry-After")).as("Retry-After").isPresent();
            assertThat(GatewayClient.parse(whileCut.body()).path("type").asText()).endsWith("/unavailable");
            assertThat(tookMillis).as("answered once the driver's 5 s server selection gave up, before the gateway's 15 s")
                    .isLessThan(10_000);
            await().atMost(EVENTUALLY).until(() -> "DOWN".equals(CHECKS.component(LINKED, "mongo")));
            assertThat(CHECKS.status(LINKED, "/actuator/health")).isEqualTo(503);
        } finally {
            store.heal();
        }
        storeBackAndDealRight(dealId);
    }

    @Test
    @Order(2)
    @DisplayName("the broker link cut: a deposit is still confirmed (its events wait in the deal's outbox), kafka DOWN while readiness stays UP; healed: kafka UP, and the deposit reaches inventory, commission and notification once")
    void brokerLinkCut() throws Exception {
        String unitId = E2E.buildingId() + "-902";
        String dealId = CHECKS.heldDeal(unitId, "0902");
        String paymentId = CHECKS.enterDeposit(dealId);
        LinkProxy broker = E2E.platform().brokerLink();

        broker.cut();
        try {
            await().atMost(EVENTUALLY).until(() -> "DOWN".equals(CHECKS.component(LINKED, "kafka")));
            assertThat(CHECKS.status(LINKED, "/actuator/health/readiness")).isEqualTo(200);

            JsonNode confirmed = ok(CHECKS.as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId
                    + "/confirm", null));
            assertThat(confirmed.path("receipts")).hasSize(1);
            assertThat(CHECKS.status(LINKED, "/actuator/health")).isEqualTo(503);
            assertThat(CHECKS.as("bj.control").get("/api/inventory/units/" + unitId).body().path("status").asText())
                    .as("nothing of the deposit left transaction-service while its link was cut").isEqualTo("HELD");
        } finally {
            broker.heal();
        }
        long healed = System.nanoTime();
        await().atMost(EVENTUALLY).until(() -> "UP".equals(CHECKS.component(LINKED, "kafka")));
        CHECKS.depositAppliedOnce(dealId, unitId);
        System.out.printf("broker link healed: kafka UP and the deposit applied by its consumers within %d ms%n",
                (System.nanoTime() - healed) / 1_000_000);
        await().atMost(EVENTUALLY).until(() -> CHECKS.status(LINKED, "/actuator/health") == 200);
    }

    @Test
    @Order(3)
    @DisplayName("the store link slowed by 300 ms each way: a read and a deposit answer the same as on a fast link, only slower, and the deposit reaches its consumers once")
    void slowStoreLink() throws Exception {
        String unitId = E2E.buildingId() + "-903";
        String dealId = CHECKS.heldDeal(unitId, "0903");
        long start = System.nanoTime();
        JsonNode fast = ok(CHECKS.as("bj.pm").get("/api/deals/" + dealId));
        long fastMillis = (System.nanoTime() - start) / 1_000_000;
        LinkProxy store = E2E.platform().storeLink();

        store.slow(Duration.ofMillis(300));
        try {
            start = System.nanoTime();
            JsonNode slow = ok(CHECKS.as("bj.pm").get("/api/deals/" + dealId));
            long slowMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(slow).isEqualTo(fast);
            assertThat(slowMillis).as("the read went over the slowed link").isGreaterThanOrEqualTo(600);

            start = System.nanoTime();
            String paymentId = CHECKS.enterDeposit(dealId);
            JsonNode confirmed = ok(CHECKS.as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId
                    + "/confirm", null));
            long depositMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(confirmed.path("receipts")).hasSize(1);
            System.out.printf("store link slowed by 300 ms each way: a read took %d ms (%d ms on the fast link), "
                    + "a deposit entered and confirmed %d ms%n", slowMillis, fastMillis, depositMillis);
            CHECKS.depositAppliedOnce(dealId, unitId);
        } finally {
            store.heal();
        }
    }

    @Test
    @Order(5)
    @DisplayName("the store link silent (packets lost, nothing refused or closed): the client gets a 503 with Retry-After, the service gives up on the store itself (its own 503, not a thread held for ever) and health says mongo DOWN; healed: UP, and the read answers 200")
    void storeLinkSilent() throws Exception {
        String unitId = E2E.buildingId() + "-1001";
        String dealId = CHECKS.heldDeal(unitId, "1001");
        String path = "/api/deals/" + dealId;
        LinkProxy store = E2E.platform().storeLink();

        store.blackhole();
        try {
            var direct = java.util.concurrent.CompletableFuture.supplyAsync(() -> timed(() -> CHECKS.direct(LINKED, "bj.pm", path)));
            Timed<HttpResponse<String>> client = timed(() -> CHECKS.throughGateway("bj.pm", path));
            Timed<HttpResponse<String>> service = direct.get(60, TimeUnit.SECONDS);
            System.out.printf("store link silent: the client's read answered %d in %d ms, the service's own %d in %d ms%n",
                    client.value().statusCode(), client.millis(), service.value().statusCode(), service.millis());
            for (HttpResponse<String> answer : List.of(client.value(), service.value())) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).as("Retry-After").isPresent();
            }
            assertThat(service.millis()).as("the service gave up on the silent store (socket timeout 10 s, a read retried once)")
                    .isLessThan(30_000);
            long start = System.nanoTime();
            await().atMost(EVENTUALLY).ignoreExceptions().until(() -> "DOWN".equals(CHECKS.component(LINKED, "mongo")));
            System.out.printf("store link silent: health said mongo DOWN %d ms later%n", (System.nanoTime() - start) / 1_000_000);
        } finally {
            store.heal();
        }
        storeBackAndDealRight(dealId);
    }

    /** The store link healed: health says mongo UP again, and the held deal reads as it was. */
    private static void storeBackAndDealRight(String dealId) {
        await().atMost(EVENTUALLY).ignoreExceptions().until(() -> "UP".equals(CHECKS.component(LINKED, "mongo")));
        JsonNode deal = ok(CHECKS.as("bj.pm").get("/api/deals/" + dealId));
        assertThat(deal.path("status").asText()).isEqualTo("UNIT_HELD");
    }

    record Timed<T>(T value, long millis) {
    }

    interface Call<T> {
        T call() throws Exception;
    }

    private static <T> Timed<T> timed(Call<T> call) {
        long start = System.nanoTime();
        try {
            T value = call.call();
            return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records poisoned on a topic: a type, and the consuming services that handle it (so would dead-letter it). */
    record Poisoned(String topic, String type, Set<String> consumers) {
    }

    static final List<Poisoned> POISONED = List.of(
            new Poisoned(Topics.LEAD, LeadCollisionResolved.TYPE,
                    Set.of("commission-service", "notification-service", "dashboard-service")),
            new Poisoned(Topics.INVENTORY, UnitHeld.TYPE, Set.of("transaction-service", "dashboard-service")),
            new Poisoned(Topics.TRANSACTION, DepositReceived.TYPE,
                    Set.of("inventory-service", "commission-service", "notification-service", "dashboard-service")),
            new Poisoned(Topics.COMMISSION, ClaimRaised.TYPE, Set.of("commission-service", "notification-service")),
            new Poisoned(Topics.COMMISSION, CreditRecorded.TYPE, Set.of("dashboard-service")),
            new Poisoned(Topics.NOTIFICATION, ReminderUndeliverable.TYPE, Set.of("transaction-service", "dashboard-service")),
            new Poisoned(Topics.IDENTITY, OfficeOpened.TYPE, Set.of("lead-service", "inventory-service",
                    "transaction-service", "commission-service", "notification-service", "dashboard-service")));

    /** Two poisons: a payload that is no JSON, and a known type's payload without its fields. */
    static final List<String> POISONS = List.of("{not json", "{}");

    @Test
    @Order(4)
    @DisplayName("a poison record on every topic that has consumers (no JSON; a known type without its fields), keyed like a real aggregate: each consumer dead-letters it with the reason, and the records behind it on its partition are consumed — a real hold and a real deposit applied")
    void poisonOnEveryTopic() throws Exception {
        Map<String, Set<String>> consumers = consumersByTopic();
        Map<String, Set<String>> listed = new TreeMap<>();
        POISONED.forEach(p -> listed.computeIfAbsent(p.topic(), t -> new TreeSet<>()).addAll(p.consumers()));
        assertThat(listed).as("every consuming group of every topic is poisoned (the broker's groups: %s)", consumers)
                .isEqualTo(consumers);

        String unitId = E2E.buildingId() + "-904";
        Map<String, List<String>> expectedDeadLetters = new HashMap<>(); // consumer -> poison event ids
        Map<String, RecordMetadata> probes = new HashMap<>(); // topic -> the record behind the poisons
        try (KafkaProducer<String, String> producer = producer()) {
            // inventory: poisons keyed by the unit, then a real hold of it (inventory.unit-held on the unit's key)
            poison(producer, Topics.INVENTORY, unitId, expectedDeadLetters);
            String dealId = CHECKS.heldDeal(unitId, "0904"); // transaction-service saw the hold behind the poisons
            // transaction: poisons keyed by the deal, then its real deposit (transaction.deposit-received on its key)
            poison(producer, Topics.TRANSACTION, dealId, expectedDeadLetters);
            String paymentId = CHECKS.enterDeposit(dealId);
            ok(CHECKS.as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null));
            CHECKS.depositAppliedOnce(dealId, unitId);
            // the other topics: poisons keyed like an aggregate of theirs, then a record behind them on the same key
            for (String topic : List.of(Topics.LEAD, Topics.COMMISSION, Topics.NOTIFICATION, Topics.IDENTITY)) {
                String key = topic.split("\\.")[1] + "-poison-" + UUID.randomUUID();
                poison(producer, topic, key, expectedDeadLetters);
                probes.put(topic, send(producer, topic, key, "platform.partition-probe", "{}").get(30, TimeUnit.SECONDS));
            }
        }

        for (Map.Entry<String, List<String>> consumer : expectedDeadLetters.entrySet()) {
            String deadLetterTopic = Topics.deadLetter(consumer.getKey());
            await().atMost(EVENTUALLY).until(() -> readAll(deadLetterTopic).stream().map(r -> header(r, EventHeaders.EVENT_ID))
                    .toList().containsAll(consumer.getValue()));
            for (ConsumerRecord<String, String> dead : readAll(deadLetterTopic)) {
                if (consumer.getValue().contains(header(dead, EventHeaders.EVENT_ID))) {
                    assertThat(header(dead, "kafka_dlt-exception-message")).as("the reason, in " + deadLetterTopic)
                            .isNotBlank();
                    assertThat(POISONS).contains(dead.value());
                    System.out.printf("%s: %s %s -> %s%n", deadLetterTopic, header(dead, "kafka_dlt-original-topic"),
                            header(dead, EventHeaders.TYPE), header(dead, "kafka_dlt-exception-message"));
                }
            }
        }
        try (Admin admin = admin()) {
            for (Map.Entry<String, RecordMetadata> probe : probes.entrySet()) {
                TopicPartition partition = new TopicPartition(probe.getKey(), probe.getValue().partition());
                for (String group : consumers.get(probe.getKey())) {
                    await(group + " consumed " + partition + " past the poisons").atMost(EVENTUALLY).until(() -> {
                        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                                .get().get(partition);
                        return committed != null && committed.offset() > probe.getValue().offset();
                    });
                }
            }
        }
    }

    /** Publishes the poisons on the topic, under the key, of every type poisoned there; notes who must dead-letter them. */
    private static void poison(KafkaProducer<String, String> producer, String topic, String key,
            Map<String, List<String>> expectedDeadLetters) throws Exception {
        for (Poisoned poisoned : POISONED) {
            if (poisoned.topic().equals(topic)) {
                for (String poison : POISONS) {
                    String eventId = UUID.randomUUID().toString();
                    send(producer, topic, key, poisoned.type(), poison, eventId).get(30, TimeUnit.SECONDS);
                    poisoned.consumers().forEach(c -> expectedDeadLetters.computeIfAbsent(c, k -> new ArrayList<>()).add(eventId));
                }
            }
        }
    }

    private static java.util.concurrent.Future<RecordMetadata> send(KafkaProducer<String, String> producer, String topic,
            String key, String type, String payload) {
        return send(producer, topic, key, type, payload, UUID.randomUUID().toString());
    }

    private static java.util.concurrent.Future<RecordMetadata> send(KafkaProducer<String, String> producer, String topic,
            String key, String type, String payload, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        Map<String, String> headers = Map.of(EventHeaders.EVENT_ID, eventId, EventHeaders.TYPE, type,
                EventHeaders.VERSION, "1", EventHeaders.OCCURRED_AT, Instant.now().toString(),
                EventHeaders.OFFICE_ID, "office-binjiang");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return producer.send(record);
    }

    /** The consumer groups (one per service) assigned partitions of each service's event topic, from the broker. */
    private static Map<String, Set<String>> consumersByTopic() throws Exception {
        Set<String> eventTopics = Set.of(Topics.LEAD, Topics.INVENTORY, Topics.TRANSACTION, Topics.COMMISSION,
                Topics.NOTIFICATION, Topics.IDENTITY);
        Map<String, Set<String>> consumers = new TreeMap<>();
        try (Admin admin = admin()) {
            List<String> groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId).toList();
            for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all().get().values()) {
                for (MemberDescription member : group.members()) {
                    member.assignment().topicPartitions().stream().map(TopicPartition::topic).filter(eventTopics::contains)
                            .forEach(topic -> consumers.computeIfAbsent(topic, t -> new TreeSet<>()).add(group.groupId()));
                }
            }
        }
        return consumers;
    }

    /** A dead-letter topic from its beginning to its end as it is now. */
    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
    }

    private static String bootstrap() {
        return "localhost:" + E2E.platform().config().kafkaPort();
    }
}
