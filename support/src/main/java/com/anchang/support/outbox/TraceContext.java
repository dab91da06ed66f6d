package com.anchang.support.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.ObjectProvider;

/** The trace of the request that is writing an event, so that the event carries it to its consumers. */
public class TraceContext {

    private final ObjectProvider<Tracer> tracer;

    public TraceContext(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    /** [traceId, spanId] of the current span, or fresh ids when nothing is being traced. */
    public String[] current() {
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span != null) {
            return new String[] {span.context().traceId(), span.context().spanId()};
        }
        HexFormat hex = HexFormat.of();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new String[] {hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()),
                hex.toHexDigits(random.nextLong())};
    }
}
