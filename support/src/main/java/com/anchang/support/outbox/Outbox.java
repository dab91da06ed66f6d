package com.anchang.support.outbox;

import com.anchang.support.messaging.EventJson;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Turns a contract event into an outbox entry: the event id, time and trace are fixed here, when the
 * state change is written, not when the relay publishes.
 */
public class Outbox {

    private final Clock clock;
    private final TraceContext trace;

    public Outbox(Clock clock, TraceContext trace) {
        this.clock = clock;
        this.trace = trace;
    }

    /** An entry for a contract record that declares {@code TYPE} and {@code VERSION} constants. */
    public OutboxEntry entry(String topic, String key, String officeId, Record event) {
        TraceContext.Ids ids = trace.current();
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                topic,
                key,
                constant(event, "TYPE").toString(),
                (Integer) constant(event, "VERSION"),
                officeId,
                ids.traceId(),
                ids.spanId(),
                ids.sampled(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                EventJson.write(event));
    }

    private static Object constant(Record event, String name) {
        try {
            Field field = event.getClass().getField(name);
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(event.getClass().getName() + " declares no " + name + " constant", e);
        }
    }
}
