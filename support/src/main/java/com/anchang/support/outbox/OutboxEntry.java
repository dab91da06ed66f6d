package com.anchang.support.outbox;

import java.time.Instant;

/**
 * One unpublished event, stored inside the aggregate document that produced it and written in the
 * same single-document update as the state change. The relay publishes it and then removes it.
 * {@code sampled} is the writing request's trace sampling decision (null in entries written before it
 * was recorded: published as sampled, as they were).
 */
public record OutboxEntry(
        String eventId,
        String topic,
        String key,
        String type,
        int version,
        String officeId,
        String traceId,
        String spanId,
        Boolean sampled,
        Instant occurredAt,
        String payload) {
}
