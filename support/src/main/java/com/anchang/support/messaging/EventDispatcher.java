package com.anchang.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.MessageListener;

/**
 * Routes each record to the handler of its type and version (never to a Java class name). Types
 * nobody here handles are skipped; unreadable records are poison and go to the dead-letter topic.
 *
 * <p>Once a handler returned (its effect and the event id written), the time since the event occurred
 * (its occurred-at header, fixed by the producer with the state change, before the producer answered
 * its caller) is recorded in the timer {@value #APPLIED_LATENCY}, per event type, with a percentile
 * histogram: how long after a step a consumer has applied it. Producer and consumer read their own
 * clocks, so between machines the figure includes their skew.
 */
public class EventDispatcher implements MessageListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    /** The timer of the time from an event's occurrence to its effect applied here. */
    public static final String APPLIED_LATENCY = "anchang.events.applied.latency";

    private final MeterRegistry meters;
    private final Clock clock;

    public EventDispatcher(Collection<EventHandler<?>> handlers, MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = this.handlers.put(key(handler.type(), handler.version()), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + handler.type() + " v" + handler.version());
            }
        }
    }

    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        handlers.values().forEach(handler -> topics.add(handler.topic()));
        return topics;
    }

    @Override
    public void onMessage(ConsumerRecord<Object, Object> record) {
        EventEnvelope envelope = EventEnvelope.of(record);
        EventHandler<?> handler = handlers.get(key(envelope.type(), envelope.version()));
        if (handler == null) {
            meters.counter("anchang.events.consumed", "type", envelope.type(), "outcome", "ignored").increment();
            log.debug("no handler for {} v{}, skipped", envelope.type(), envelope.version());
            return;
        }
        if (!(record.value() instanceof String json)) {
            throw new PoisonEventException("record value is not a JSON string");
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable("eventId", envelope.eventId())) {
            apply(handler, json, envelope);
            Duration latency = Duration.between(envelope.occurredAt(), clock.instant());
            appliedLatency(envelope.type()).record(latency.isNegative() ? Duration.ZERO : latency);
            meters.counter("anchang.events.consumed", "type", envelope.type(), "outcome", "applied").increment();
            log.info("applied {} {} (key {})", envelope.type(), envelope.eventId(), envelope.key());
        }
    }

    private Timer appliedLatency(String type) {
        return Timer.builder(APPLIED_LATENCY)
                .description("from an event's occurred-at to its effect written by this service's handler")
                .tag("type", type)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(meters);
    }

    private static <T> void apply(EventHandler<T> handler, String json, EventEnvelope envelope) {
        T payload = EventJson.read(json, handler.payloadType());
        handler.handle(payload, envelope);
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }
}
