package com.anchang.support.test;

import com.anchang.events.EventHeaders;
import com.anchang.support.messaging.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes to the broker as another service's relay would: a contract event with its envelope, or
 * (for poison tests) any payload at all under a well-formed envelope.
 */
public final class TestEvents {

    private TestEvents() {
    }

    public static void publish(KafkaTemplate<String, String> kafka, String topic, String key, String officeId,
            String eventId, Record event) {
        String type;
        int version;
        String payload;
        try {
            type = (String) event.getClass().getField("TYPE").get(null);
            version = event.getClass().getField("VERSION").getInt(null);
            payload = EventJson.write(event);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
        send(kafka, topic, key, officeId, eventId, type, version, payload);
    }

    /**
     * Publishes a raw payload (unreadable JSON, a required field missing...) with a fresh event id and
     * the given type and version, as a broken producer would.
     *
     * @param officeId the office-id header, or null to leave it out
     */
    public static void publishRaw(KafkaTemplate<String, String> kafka, String topic, String key, String officeId,
            String type, int version, String payload) {
        send(kafka, topic, key, officeId, UUID.randomUUID().toString(), type, version, payload);
    }

    private static void send(KafkaTemplate<String, String> kafka, String topic, String key, String officeId,
            String eventId, String type, int version, String payload) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            add(record, EventHeaders.EVENT_ID, eventId);
            add(record, EventHeaders.TYPE, type);
            add(record, EventHeaders.VERSION, String.valueOf(version));
            add(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
            if (officeId != null) {
                add(record, EventHeaders.OFFICE_ID, officeId);
            }
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type + " with key " + key + " to " + topic, e);
        }
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
