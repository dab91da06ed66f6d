package com.anchang.support.test;

import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what really reached a topic on the broker, for assertions. */
public final class EventCapture implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public EventCapture(String bootstrapServers, String... topics) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "capture-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topics));
    }

    /** Waits until some record matches, then returns all records seen so far that match. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> match) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return seen.stream().anyMatch(match);
        });
        return seen.stream().filter(match).toList();
    }

    /** Waits until at least {@code count} records match, then returns those that match. */
    public List<ConsumerRecord<String, String>> awaitCount(Predicate<ConsumerRecord<String, String>> match, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return seen.stream().filter(match).count() >= count;
        });
        return seen.stream().filter(match).toList();
    }

    /** Records of one event type seen so far (polling once more first). */
    public List<ConsumerRecord<String, String>> ofType(String type) {
        poll();
        return seen.stream().filter(r -> type.equals(header(r, EventHeaders.TYPE))).toList();
    }

    public List<ConsumerRecord<String, String>> awaitType(String type) {
        return awaitRecords(r -> type.equals(header(r, EventHeaders.TYPE)));
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
