package com.anchang.support.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The trace of the request that is writing an event, so that the event carries it to its consumers —
 * with the request's sampling decision, so that a sampled request's trace goes on in the consumers and an
 * unsampled one's stays unsampled there too (no trace that starts in the middle).
 */
public class TraceContext {

    /** A trace id, a span id and whether that trace is sampled (null: not known, taken as sampled). */
    public record Ids(String traceId, String spanId, Boolean sampled) {
    }

    private final ObjectProvider<Tracer> tracer;

    public TraceContext(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    /** The ids of the current span and its sampling decision, or fresh ids when nothing is being traced. */
    public Ids current() {
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span != null) {
            return new Ids(span.context().traceId(), span.context().spanId(), span.context().sampled());
        }
        HexFormat hex = HexFormat.of();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Ids(hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()),
                hex.toHexDigits(random.nextLong()), null);
    }
}
