package com.anchang.support.messaging;

/** A record that can never be applied (unreadable payload, missing envelope header): dead-lettered without retries. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
