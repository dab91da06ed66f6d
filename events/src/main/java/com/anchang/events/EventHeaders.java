package com.anchang.events;

/** Kafka record headers of the event envelope; values are UTF-8 strings. */
public final class EventHeaders {

    public static final String EVENT_ID = "anchang-event-id";
    public static final String TYPE = "anchang-event-type";
    public static final String VERSION = "anchang-event-version";
    public static final String OCCURRED_AT = "anchang-occurred-at";
    public static final String OFFICE_ID = "anchang-office-id";
    public static final String TRACE_ID = "anchang-trace-id";
    /** W3C trace context, so that the consumer's span continues the producer's trace. */
    public static final String TRACEPARENT = "traceparent";

    private EventHeaders() {
    }
}
