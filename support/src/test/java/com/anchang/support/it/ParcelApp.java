package com.anchang.support.it;

import com.anchang.support.messaging.EventHandler;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxEntry;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tiny service for testing the technical support: a "parcel" aggregate that records a
 * {@link ParcelShipped} event in its own outbox, and a consumer that applies it idempotently.
 */
@SpringBootApplication
public class ParcelApp {

    static final String TOPIC = "anchang.parcel.events";
    static final String DEVELOPER = "dev-1";

    public record ParcelShipped(String parcelId, String officeId, BigDecimal weight) {
        public static final String TYPE = "parcel.parcel-shipped";
        public static final int VERSION = 1;
    }

    public record ShipParcel(@NotBlank String parcelId, @NotBlank String officeId, @NotNull @Positive BigDecimal weight) {
    }

    @Bean
    OutboxCollection parcels() {
        return new OutboxCollection("parcels");
    }

    /** Publishes like the real relay, but can be told to crash right after the broker acknowledged. */
    @Bean
    CrashingRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry meters) {
        return new CrashingRelay(mongo, kafka, meters);
    }

    /** Per parcel id: how many more attempts to apply its event find the store out of reach. */
    static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> STORE_OUT_FOR =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The consumer's effect: one "delivery" per parcel, keyed by the event id applied. */
    @Bean
    EventHandler<ParcelShipped> onParcelShipped(MongoTemplate mongo) {
        return EventHandler.of(TOPIC, ParcelShipped.TYPE, ParcelShipped.VERSION, ParcelShipped.class, (event, envelope) -> {
            if (event.weight().compareTo(new BigDecimal("1000")) > 0) {
                throw new IllegalStateException("parcel " + event.parcelId() + " is too heavy to deliver");
            }
            java.util.concurrent.atomic.AtomicInteger outage = STORE_OUT_FOR.get(event.parcelId());
            if (outage != null && outage.getAndDecrement() > 0) {
                throw new org.springframework.dao.DataAccessResourceFailureException("store not reachable (simulated)");
            }
            try {
                mongo.getCollection("deliveries").insertOne(new Document("_id", envelope.eventId())
                        .append("parcelId", event.parcelId()).append("weight", event.weight().toPlainString()));
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCode() != 11000) {
                    throw e;
                }
                // applied before: a redelivery after a relay crash
            }
        });
    }

    @RestController
    static class ParcelController {

        private final MongoTemplate mongo;
        private final Outbox outbox;
        private final OutboxRelay relay;

        ParcelController(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
            this.mongo = mongo;
            this.outbox = outbox;
            this.relay = relay;
        }

        @PostMapping("/api/parcels")
        Document ship(@Valid @RequestBody ShipParcel command, Caller caller) {
            caller.mustActIn(command.officeId(), "ship a parcel", Caller.CONSULTANT);
            OutboxEntry entry = outbox.entry(TOPIC, command.parcelId(), command.officeId(),
                    new ParcelShipped(command.parcelId(), command.officeId(), command.weight()));
            List<OutboxEntry> entries = new ArrayList<>(List.of(entry));
            mongo.save(new ParcelDocument(command.parcelId(), command.officeId(), "SHIPPED", entries, null));
            relay.published("parcels", command.parcelId());
            return new Document("parcelId", command.parcelId()).append("eventId", entry.eventId());
        }

        @GetMapping("/api/parcels/{id}")
        ParcelDocument get(@PathVariable String id, Caller caller) {
            ParcelDocument parcel = mongo.findById(id, ParcelDocument.class);
            if (parcel == null) {
                throw new NotFoundException("parcel", id);
            }
            caller.mustSee(DEVELOPER, parcel.officeId(), "parcel", id);
            return parcel;
        }
    }

    static class CrashingRelay extends OutboxRelay {

        final AtomicBoolean crashAfterNextPublish = new AtomicBoolean();

        CrashingRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry meters) {
            super(mongo, kafka, List.of("parcels"), Duration.ofMillis(500), Duration.ofSeconds(10), meters);
        }

        @Override
        protected void markSent(String collection, Object id, String eventId) {
            if (crashAfterNextPublish.compareAndSet(true, false)) {
                throw new IllegalStateException("simulated crash between publish and mark");
            }
            super.markSent(collection, id, eventId);
        }
    }
}
