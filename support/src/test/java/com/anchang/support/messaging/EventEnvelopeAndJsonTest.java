package com.anchang.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.events.EventHeaders;
import com.anchang.events.GoldenSamples;
import com.anchang.events.transaction.DepositReceived;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventEnvelopeAndJsonTest {

    static ConsumerRecord<String, String> record(String... headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("anchang.transaction.events", 0, 42L, "deal-1", "{}");
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    @DisplayName("the envelope is read from the record's headers")
    void readsEnvelope() {
        EventEnvelope envelope = EventEnvelope.of(record(EventHeaders.EVENT_ID, "e-1", EventHeaders.TYPE,
                "transaction.deposit-received", EventHeaders.VERSION, "1", EventHeaders.OCCURRED_AT,
                "2026-11-21T03:30:00Z", EventHeaders.OFFICE_ID, "office-binjiang"));

        assertThat(envelope.eventId()).isEqualTo("e-1");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
        assertThat(envelope.officeId()).isEqualTo("office-binjiang");
        assertThat(envelope.traceId()).isNull();
        assertThat(envelope.key()).isEqualTo("deal-1");
    }

    @Test
    @DisplayName("a record without an event id, or with a malformed version or time, is poison")
    void missingOrMalformedHeadersArePoison() {
        assertThatThrownBy(() -> EventEnvelope.of(record(EventHeaders.TYPE, "t", EventHeaders.VERSION, "1",
                EventHeaders.OCCURRED_AT, "2026-11-21T03:30:00Z")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining(EventHeaders.EVENT_ID);
        assertThatThrownBy(() -> EventEnvelope.of(record(EventHeaders.EVENT_ID, "e", EventHeaders.TYPE, "t",
                EventHeaders.VERSION, "one", EventHeaders.OCCURRED_AT, "2026-11-21T03:30:00Z")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> EventEnvelope.of(record(EventHeaders.EVENT_ID, "e", EventHeaders.TYPE, "t",
                EventHeaders.VERSION, "1", EventHeaders.OCCURRED_AT, "yesterday")))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    @DisplayName("payloads keep amounts fen-exact and dates ISO; readers ignore fields added later")
    void jsonRoundTrip() {
        DepositReceived deposit = new DepositReceived("deal-1", "dev", "office", "unit", "c", "lead", "王先生",
                "13812345678", new BigDecimal("50000.00"), Instant.parse("2026-11-21T03:30:00Z"), LocalDate.parse("2026-12-21"));

        String json = EventJson.write(deposit);

        assertThat(json).contains("\"amount\":50000.00").contains("\"receivedAt\":\"2026-11-21T03:30:00Z\"")
                .contains("\"downPaymentDueDate\":\"2026-12-21\"");
        assertThat(EventJson.read(json, DepositReceived.class)).isEqualTo(deposit);
        String additive = GoldenSamples.json(DepositReceived.TYPE, 1).replaceFirst("\\{", "{\"addedInV1.1\": [1, 2],");
        assertThat(EventJson.read(additive, DepositReceived.class).amount()).isEqualTo(new BigDecimal("50000.00"));
    }

    @Test
    @DisplayName("a payload that is not the contract's JSON is poison")
    void unreadablePayloadIsPoison() {
        assertThatThrownBy(() -> EventJson.read("{not json", DepositReceived.class)).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> EventJson.read("{\"amount\": \"lots\"}", DepositReceived.class))
                .isInstanceOf(PoisonEventException.class);
    }
}
