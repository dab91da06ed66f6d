package com.anchang.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.events.EventHeaders;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

    record Parcel(String parcelId) {
    }

    static final String TYPE = "parcel.parcel-sent";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T03:30:00.250Z"), ZoneOffset.UTC);

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<String> applied = new ArrayList<>();

    static ConsumerRecord<Object, Object> sent(String occurredAt) {
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>("anchang.parcel.events", 0, 7L, "p-1",
                "{\"parcelId\":\"p-1\"}");
        String[] headers = {EventHeaders.EVENT_ID, "e-1", EventHeaders.TYPE, TYPE, EventHeaders.VERSION, "1",
                EventHeaders.OCCURRED_AT, occurredAt};
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    EventDispatcher dispatcher(boolean failing) {
        return new EventDispatcher(List.of(EventHandler.of("anchang.parcel.events", TYPE, 1, Parcel.class,
                (parcel, envelope) -> {
                    if (failing) {
                        throw new IllegalStateException("store unavailable");
                    }
                    applied.add(parcel.parcelId());
                })), meters, CLOCK);
    }

    Timer latency() {
        return meters.find(EventDispatcher.APPLIED_LATENCY).tag("type", TYPE).timer();
    }

    @Test
    @DisplayName("an applied event records the time from its occurrence to its effect, by type")
    void appliedLatency() {
        dispatcher(false).onMessage(sent("2026-11-21T03:30:00.200Z"));

        assertThat(applied).containsExactly("p-1");
        assertThat(latency().count()).isEqualTo(1);
        assertThat(latency().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(50.0);
    }

    @Test
    @DisplayName("an event whose handler failed records no latency (its effect is not there yet)")
    void failedHandlerRecordsNothing() {
        assertThatThrownBy(() -> dispatcher(true).onMessage(sent("2026-11-21T03:30:00.200Z")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(latency()).isNull();
    }

    @Test
    @DisplayName("a producer's clock ahead of this one counts as no delay, never a negative one")
    void clockAhead() {
        dispatcher(false).onMessage(sent("2026-11-21T03:30:01Z"));

        assertThat(latency().totalTime(TimeUnit.MILLISECONDS)).isZero();
    }
}
