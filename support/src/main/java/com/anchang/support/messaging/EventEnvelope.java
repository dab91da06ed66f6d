package com.anchang.support.messaging;

import com.anchang.events.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** What a consumer knows of a record besides its payload: the envelope headers. */
public record EventEnvelope(
        String eventId,
        String type,
        int version,
        Instant occurredAt,
        String officeId,
        String traceId,
        String topic,
        String key) {

    public static EventEnvelope of(ConsumerRecord<?, ?> record) {
        try {
            return new EventEnvelope(
                    required(record, EventHeaders.EVENT_ID),
                    required(record, EventHeaders.TYPE),
                    Integer.parseInt(required(record, EventHeaders.VERSION)),
                    Instant.parse(required(record, EventHeaders.OCCURRED_AT)),
                    optional(record, EventHeaders.OFFICE_ID),
                    optional(record, EventHeaders.TRACE_ID),
                    record.topic(),
                    record.key() == null ? null : record.key().toString());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new PoisonEventException("malformed envelope header: " + e.getMessage(), e);
        }
    }

    private static String required(ConsumerRecord<?, ?> record, String name) {
        String value = optional(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing envelope header " + name);
        }
        return value;
    }

    private static String optional(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
