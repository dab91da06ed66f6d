package com.anchang.support.problem;

import io.micrometer.core.instrument.Metrics;
import java.util.function.Supplier;

/**
 * Someone else wrote the aggregate between our read and our write (the compare-and-set on its
 * version failed). Nothing of ours was written: read again and retry; HTTP 409 if retries run out.
 */
public class ConcurrentChangeException extends RuntimeException {

    /** Counted once per conflict caught by {@link #retrying}, tagged with the collection written. */
    public static final String CONFLICTS = "anchang.writes.conflicts";

    private final String collection;

    public ConcurrentChangeException(String message) {
        this(null, message);
    }

    /** @param collection the collection whose compare-and-set failed (the metric's tag), or null */
    public ConcurrentChangeException(String collection, String message) {
        super(message, null, false, false); // an answer to the caller, not a fault: no stack trace to fill
        this.collection = collection;
    }

    /** The collection whose compare-and-set failed, or "unknown" when the thrower did not say. */
    public String collection() {
        return collection == null ? "unknown" : collection;
    }

    /**
     * Runs a read-decide-write step again while it loses the race to a concurrent writer. Each
     * attempt re-reads, so the rules decide on the state that won. Every conflict is counted in
     * {@value #CONFLICTS} (Micrometer's global registry, to which Spring Boot adds the service's).
     */
    public static <T> T retrying(int attempts, Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (ConcurrentChangeException e) {
                Metrics.counter(CONFLICTS, "collection", e.collection()).increment();
                if (attempt >= attempts) {
                    throw e;
                }
            }
        }
    }
}
