package com.anchang.support.messaging;

import java.util.function.BiConsumer;

/**
 * Applies one contract event (type + version) of one topic. Declare one as a bean and the service
 * subscribes to its topic. A handler must be idempotent: it records the applied event id in the same
 * write as its effect, because a record can be delivered more than once.
 */
public interface EventHandler<T> {

    String topic();

    String type();

    int version();

    Class<T> payloadType();

    void handle(T event, EventEnvelope envelope);

    static <T> EventHandler<T> of(String topic, String type, int version, Class<T> payloadType,
            BiConsumer<T, EventEnvelope> body) {
        return new EventHandler<>() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public String type() {
                return type;
            }

            @Override
            public int version() {
                return version;
            }

            @Override
            public Class<T> payloadType() {
                return payloadType;
            }

            @Override
            public void handle(T event, EventEnvelope envelope) {
                body.accept(event, envelope);
            }

            @Override
            public String toString() {
                return type + " v" + version + " from " + topic;
            }
        };
    }
}
