package com.anchang.support.test;

import com.anchang.events.EventHeaders;
import com.anchang.support.messaging.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes a contract event with its envelope, as another service's relay would. */
public final class TestEvents {

    private TestEvents() {
    }

    public static void publish(KafkaTemplate<String, String> kafka, String topic, String key, String officeId,
            String eventId, Record event) {
        try {
            String type = (String) event.getClass().getField("TYPE").get(null);
            int version = event.getClass().getField("VERSION").getInt(null);
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, EventJson.write(event));
            add(record, EventHeaders.EVENT_ID, eventId);
            add(record, EventHeaders.TYPE, type);
            add(record, EventHeaders.VERSION, String.valueOf(version));
            add(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
            add(record, EventHeaders.OFFICE_ID, officeId);
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
