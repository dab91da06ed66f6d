package com.anchang.support.outbox;

/** Declares a collection whose documents carry an {@code outbox}; the relay sweeps it. */
public record OutboxCollection(String name) {
}
