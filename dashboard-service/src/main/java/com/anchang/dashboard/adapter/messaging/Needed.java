package com.anchang.dashboard.adapter.messaging;

import com.anchang.support.messaging.PoisonEventException;

/** A field without which an event cannot be counted: its absence makes the event poison (dead-lettered at once). */
final class Needed {

    private Needed() {
    }

    static <T> T of(T value, String event, String name) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new PoisonEventException(event + " without " + name + ": nothing to count it by");
        }
        return value;
    }
}
