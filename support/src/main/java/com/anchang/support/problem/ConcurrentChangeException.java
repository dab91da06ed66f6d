package com.anchang.support.problem;

import java.util.function.Supplier;

/**
 * Someone else wrote the aggregate between our read and our write (the compare-and-set on its
 * version failed). Nothing of ours was written: read again and retry; HTTP 409 if retries run out.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message, null, false, false); // an answer to the caller, not a fault: no stack trace to fill
    }

    /**
     * Runs a read-decide-write step again while it loses the race to a concurrent writer. Each
     * attempt re-reads, so the rules decide on the state that won.
     */
    public static <T> T retrying(int attempts, Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (ConcurrentChangeException e) {
                if (attempt >= attempts) {
                    throw e;
                }
            }
        }
    }
}
