package com.anchang.commission.adapter.messaging;

import com.anchang.support.messaging.PoisonEventException;

/** A consumed event that lacks a field the effect needs can never be applied: it is poison, dead-lettered at once. */
final class Required {

    private Required() {
    }

    static <T> T field(T value, String event, String name) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new PoisonEventException(event + " without " + name);
        }
        return value;
    }
}
