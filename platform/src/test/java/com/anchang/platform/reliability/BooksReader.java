package com.anchang.platform.reliability;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.platform.PlatformConfig;
import com.anchang.platform.bench.DealEventsBenchmark;
import com.anchang.platform.reliability.Reconciler.Books;
import com.anchang.platform.reliability.Reconciler.Credit;
import com.anchang.platform.reliability.Reconciler.DeadLetter;
import com.anchang.platform.reliability.Reconciler.Deal;
import com.anchang.platform.reliability.Reconciler.Entry;
import com.anchang.platform.reliability.Reconciler.Expected;
import com.anchang.platform.reliability.Reconciler.Reminder;
import com.anchang.platform.reliability.Reconciler.Topic;
import com.anchang.platform.reliability.Reconciler.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupsResult;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every service's books for the {@link Reconciler}: through the gateway as each office's PM (units, deals,
 * credits, reminders, the local inbox, open collisions), the platform's clock as its administrator, each service's
 * {@code /actuator/prometheus} (events published and processed by type) and the broker itself (the records on
 * each topic by type, each consumer group's committed offsets, every dead-letter topic).
 */
final class BooksReader {

    /** An office as its PM reads it. */
    record Office(String officeId, String pm, List<String> buildingIds) {
    }

    static final Map<String, String> PRODUCERS = Map.of(Topics.LEAD, "lead-service", Topics.INVENTORY,
            "inventory-service", Topics.TRANSACTION, "transaction-service", Topics.COMMISSION, "commission-service",
            Topics.NOTIFICATION, "notification-service", Topics.IDENTITY, "identity-service");

    /**
     * Each topic's consumer groups (README, Events): a group that has committed nothing on a topic that holds records
     * has consumed none of them.
     */
    static final Map<String, Set<String>> CONSUMERS = Map.of(
            Topics.LEAD, Set.of("commission-service", "notification-service", "dashboard-service"),
            Topics.INVENTORY, Set.of("transaction-service", "dashboard-service"),
            Topics.TRANSACTION, Set.of("inventory-service", "commission-service", "notification-service",
                    "dashboard-service"),
            Topics.COMMISSION, Set.of("notification-service", "commission-service", "dashboard-service"),
            Topics.NOTIFICATION, Set.of("transaction-service", "dashboard-service"),
            Topics.IDENTITY, Set.of("lead-service", "inventory-service", "transaction-service", "commission-service",
                    "notification-service", "dashboard-service"));

    private final Desk desk;
    private final PlatformConfig config;
    private final String admin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BooksReader(Desk desk, PlatformConfig config, String admin) {
        this.desk = desk;
        this.config = config;
        this.admin = admin;
    }

    Books read(List<Office> offices, Expected expected, Set<String> explainedDeadLetters, Set<String> restarted)
            throws Exception {
        Desk.Answer clock = desk.get(admin, "/api/platform/clock");
        Instant now = clock.ok() ? Instant.parse(clock.body().get("now").asText()) : Instant.now();
        List<Unit> units = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        Map<String, Credit> credits = new HashMap<>();
        Map<String, List<Reminder>> reminders = new HashMap<>();
        Map<String, Integer> inboxSends = new HashMap<>();
        Map<String, Integer> openCollisions = new TreeMap<>();
        for (Office office : offices) {
            for (String buildingId : office.buildingIds()) {
                JsonNode board = desk.expect(200, office.pm(), "GET", "/api/inventory/buildings/" + buildingId, null);
                board.path("grid").forEach(floor -> floor.path("units").forEach(unit -> units.add(new Unit(
                        unit.path("unitId").asText(), office.officeId(), unit.path("status").asText(),
                        text(unit, "heldForDeal"), text(unit, "reservedForDeal")))));
            }
            for (String dealId : dealIds(office)) {
                JsonNode deal = desk.expect(200, office.pm(), "GET", "/api/deals/" + dealId, null);
                deals.add(deal(deal));
                Desk.Answer credit = desk.get(office.pm(), "/api/commissions/deals/" + dealId);
                if (credit.ok()) {
                    List<Entry> entries = new ArrayList<>();
                    credit.body().path("entries").forEach(e -> entries.add(new Entry(e.path("entryId").asText(),
                            e.path("kind").asText(), new BigDecimal(e.path("amount").asText("0")))));
                    credits.put(dealId, new Credit(dealId, credit.body().path("stage").asText(),
                            decimal(credit.body(), "amount"), entries));
                } else if (credit.status() != 404) {
                    throw new IllegalStateException("reading the credit of " + dealId + ": " + credit.why());
                }
                Desk.Answer schedule = desk.get(office.pm(), "/api/notifications/deals/" + dealId + "/reminders");
                if (schedule.ok()) {
                    List<Reminder> list = new ArrayList<>();
                    schedule.body().path("reminders").forEach(r -> list.add(new Reminder(r.path("id").asText(),
                            r.path("kind").asText(), r.path("status").asText(), Instant.parse(r.path("dueAt").asText()))));
                    reminders.put(dealId, list);
                } else if (schedule.status() != 404) {
                    throw new IllegalStateException("reading the reminders of " + dealId + ": " + schedule.why());
                }
            }
            desk.expect(200, office.pm(), "GET", "/api/notifications/inbox?officeId=" + office.officeId() + "&limit=500",
                    null).forEach(entry -> inboxSends.merge(entry.path("reference").asText(), 1, Integer::sum));
            openCollisions.put(office.officeId(), desk.expect(200, office.pm(), "GET",
                    "/api/leads/collisions?officeId=" + office.officeId(), null).size());
        }
        Expected day = expected == null ? null : new Expected(expected.dealStatus(), openCollisions);
        return new Books(now, units, deals, credits, reminders, inboxSends, topics(), deadLetters(),
                explainedDeadLetters, day, restarted);
    }

    /** Every deal of the office, as its PM lists them (newest first, in pages of 200). */
    private List<String> dealIds(Office office) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode deals = desk.expect(200, office.pm(), "GET", "/api/deals?officeId=" + office.officeId() + "&page="
                    + page + "&size=200", null).path("deals");
            deals.forEach(deal -> ids.add(deal.path("dealId").asText()));
            if (deals.size() < 200) {
                return ids;
            }
        }
    }

    static Deal deal(JsonNode deal) {
        boolean deposit = false;
        boolean downPayment = false;
        for (JsonNode payment : deal.path("payments")) {
            if (payment.path("status").asText().equals("CONFIRMED")) {
                deposit |= payment.path("purpose").asText().equals("FORMAL_DEPOSIT");
                downPayment |= payment.path("purpose").asText().equals("DOWN_PAYMENT");
            }
        }
        String expires = text(deal, "holdExpiresAt");
        return new Deal(deal.path("dealId").asText(), deal.path("officeId").asText(), deal.path("unitId").asText(),
                deal.path("status").asText(), decimal(deal, "price"), expires == null ? null : Instant.parse(expires),
                deposit, downPayment);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : new BigDecimal(value);
    }

    // ---- events: the broker and the services' counters ---------------------------------------------------

    private Properties kafka() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + config.kafkaPort());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return properties;
    }

    List<Topic> topics() throws Exception {
        Map<String, Map<String, Double>> published = new HashMap<>();
        Map<String, Map<String, Double>> processed = new HashMap<>();
        for (PlatformConfig.Service service : PlatformConfig.SERVICES) {
            if (service.database() != null) {
                metrics(config.port(service), published.computeIfAbsent(service.name(), k -> new TreeMap<>()),
                        processed.computeIfAbsent(service.name(), k -> new TreeMap<>()));
            }
        }
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + config.kafkaPort()))) {
            ListConsumerGroupsResult groups = admin.listConsumerGroups();
            for (ConsumerGroupListing group : groups.all().get()) {
                if (processed.containsKey(group.groupId())) {
                    committed.put(group.groupId(), admin.listConsumerGroupOffsets(group.groupId())
                            .partitionsToOffsetAndMetadata().get());
                }
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (Map.Entry<String, String> producer : new TreeMap<>(PRODUCERS).entrySet()) {
            String topic = producer.getKey();
            Map<String, Long> onTopic = new TreeMap<>();
            Set<String> ids = new HashSet<>();
            long[] republished = {0};
            Map<TopicPartition, Long> end = readAll(topic, record -> {
                onTopic.merge(header(record, EventHeaders.TYPE), 1L, Long::sum);
                if (!ids.add(header(record, EventHeaders.EVENT_ID))) {
                    republished[0]++;
                }
            });
            Map<String, Map<String, Long>> byConsumer = new TreeMap<>();
            Map<String, Long> lag = new TreeMap<>();
            Set<String> groups = new TreeSet<>(CONSUMERS.getOrDefault(topic, Set.of()));
            groups.addAll(committed.keySet());
            groups.forEach(group -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = committed.getOrDefault(group, Map.of());
                long behind = 0;
                boolean subscribed = CONSUMERS.getOrDefault(topic, Set.of()).contains(group);
                for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
                    OffsetAndMetadata at = offsets.get(partition.getKey());
                    subscribed |= at != null;
                    behind += partition.getValue() - (at == null ? 0 : at.offset());
                }
                if (subscribed) {
                    lag.put(group, behind);
                    Map<String, Long> counts = new TreeMap<>();
                    processed.getOrDefault(group, Map.of()).forEach((type, n) -> {
                        if (onTopic.containsKey(type) || type.startsWith(prefix(producer.getValue()))) {
                            counts.put(type, Math.round(n));
                        }
                    });
                    byConsumer.put(group, counts);
                }
            });
            Map<String, Long> publishedCounts = new TreeMap<>();
            published.getOrDefault(producer.getValue(), Map.of()).forEach((type, n) -> publishedCounts.put(type,
                    Math.round(n)));
            topics.add(new Topic(topic, producer.getValue(), onTopic, republished[0], publishedCounts, byConsumer, lag));
        }
        return topics;
    }

    /** The type prefix of a producer's events: lead-service publishes lead.*. */
    private static String prefix(String service) {
        return service.substring(0, service.indexOf('-')) + ".";
    }

    List<DeadLetter> deadLetters() throws Exception {
        List<DeadLetter> letters = new ArrayList<>();
        List<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + config.kafkaPort()))) {
            topics = admin.listTopics().names().get().stream().filter(name -> name.endsWith(".dlt")).sorted().toList();
        }
        for (String topic : topics) {
            readAll(topic, record -> letters.add(new DeadLetter(topic, record.key(), header(record, EventHeaders.TYPE),
                    firstHeader(record, "kafka_dlt-exception-message", "kafka_exception-message"))));
        }
        return letters;
    }

    /** Reads the topic from its beginning to its end as it is now; answers its end offsets. */
    private Map<TopicPartition, Long> readAll(String topic, Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + topic + " to its end took over 2 minutes");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
            return end;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "(no type)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String firstHeader(ConsumerRecord<String, String> record, String... names) {
        for (String name : names) {
            Header header = record.headers().lastHeader(name);
            if (header != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return "(no reason given)";
    }

    /** A service's events published and processed (applied or ignored), by type, since it started. */
    private void metrics(int port, Map<String, Double> published, Map<String, Double> processed) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("metrics of port " + port + " answered " + response.statusCode());
        }
        for (DealEventsBenchmark.Sample sample : DealEventsBenchmark.samples(response.body())) {
            String type = sample.labels().getOrDefault("type", "");
            switch (sample.name()) {
                case "anchang_events_published_total" -> published.merge(type, sample.value(), Double::sum);
                case "anchang_events_consumed_total" -> processed.merge(type, sample.value(), Double::sum);
                default -> {
                }
            }
        }
    }
}
