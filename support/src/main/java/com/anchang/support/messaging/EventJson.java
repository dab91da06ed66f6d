package com.anchang.support.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of event payloads. Readers ignore fields they do not know (additive changes keep the
 * version); amounts are written as plain decimals, times as ISO-8601.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    public static String write(Object payload) {
        return MAPPER.writeValueAsString(payload);
    }

    /** @throws PoisonEventException when the JSON cannot be read as the given contract */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new PoisonEventException("payload is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
