package com.anchang.support.outbox;

import com.anchang.events.EventHeaders;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the outbox entries that aggregate documents carry, then removes them from the document.
 *
 * <p>Two ways in, both on one worker thread: a write that added events calls
 * {@link #published(String, Object)} so they leave at once (retried with backoff while the broker
 * does not acknowledge), and a sweep — at start and then rarely — picks up whatever a crashed
 * process left behind. A crash between publishing and removing re-publishes, so delivery is at least
 * once and consumers are idempotent. Removing an entry leaves the document's version alone: the outbox
 * is written only by {@code $push} (writers) and {@code $pull} (here), and versions guard state only
 * (ADR 1), so a writer that read the entry neither loses its compare-and-set nor writes the entry back.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 30_000;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final List<String> collections;
    private final Duration sweepInterval;
    private final Duration sendTimeout;
    private final MeterRegistry meters;
    private final Set<DocumentRef> waiting = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService worker;
    private volatile boolean running;
    /** True while the worker relays (set before it takes documents off {@link #waiting}). */
    private volatile boolean relaying;
    /** Backoff while the broker does not acknowledge; only the worker thread touches it. */
    private long retryDelayMillis = FIRST_RETRY_MILLIS;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
            Duration sweepInterval, Duration sendTimeout, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.sweepInterval = sweepInterval;
        this.sendTimeout = sendTimeout;
        this.meters = meters;
    }

    /** Called after a write that added outbox entries to a document: publish them now. */
    public void published(String collection, Object id) {
        if (waiting.add(new DocumentRef(collection, id)) && running) {
            worker.execute(this::drain);
        }
    }

    /** Publishes every entry left in the outboxes of all collections; returns how many were published. */
    public int sweep() {
        int published = 0;
        for (String collection : collections) {
            List<Object> ids = new ArrayList<>();
            collection(collection).find(Filters.exists("outbox.0"))
                    .projection(Projections.include("_id"))
                    .forEach(doc -> ids.add(doc.get("_id")));
            for (Object id : ids) {
                published += relay(collection, id);
            }
        }
        return published;
    }

    /** Publishes the outbox entries of one document and removes each once the broker acknowledged it. */
    public int relay(String collection, Object id) {
        return confirm(send(collection, id));
    }

    /** The sends of one document's entries, handed to the producer and not yet acknowledged. */
    private record Sending(String collection, Object id, List<Document> entries,
            List<CompletableFuture<SendResult<String, String>>> sends) {
    }

    /** Reads the document's outbox and hands every entry to the producer, without waiting. */
    private Sending send(String collection, Object id) {
        Document doc = collection(collection).find(Filters.eq("_id", id)).projection(Projections.include("outbox")).first();
        List<Document> entries = doc == null ? List.of() : doc.getList("outbox", Document.class, List.of());
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(entries.size());
        for (Document entry : entries) {
            sends.add(kafka.send(record(entry)));
        }
        return new Sending(collection, id, entries, sends);
    }

    /** Waits for the broker's acknowledgement of each entry in order and removes it from the document. */
    private int confirm(Sending sending) {
        int published = 0;
        for (int i = 0; i < sending.entries().size(); i++) {
            Document entry = sending.entries().get(i);
            try {
                sending.sends().get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return published;
            } catch (ExecutionException | TimeoutException e) {
                meters.counter("anchang.outbox.failed", "type", entry.getString("type")).increment();
                throw new IllegalStateException("publishing " + entry.getString("type") + " "
                        + entry.getString("eventId") + " failed: " + e, e);
            }
            markSent(sending.collection(), sending.id(), entry.getString("eventId"));
            meters.counter("anchang.events.published", "type", entry.getString("type")).increment();
            published++;
        }
        return published;
    }

    /** Removes a published entry from its document; the version is the state's, not the outbox's. */
    protected void markSent(String collection, Object id, String eventId) {
        collection(collection).updateOne(Filters.eq("_id", id),
                new Document("$pull", new Document("outbox", new Document("eventId", eventId))));
    }

    /**
     * Relays a batch of documents: every document's entries go to the producer first, then the
     * acknowledgements are awaited and the entries removed, so a burst of writes costs one round trip
     * to the broker per batch rather than one per document.
     */
    private void drain() {
        relaying = true;
        try {
            drainBatch();
        } finally {
            relaying = false;
        }
    }

    /**
     * Whether every entry written through this relay has been published: none waiting, none being sent.
     * A write calls {@link #published} after it wrote, so a caller that knows no write is under way (the
     * simulated clock's settling, ADR 11) learns from this that the outboxes are empty.
     */
    public boolean idle() {
        // in this order: the worker marks itself relaying before it takes documents off the waiting set
        return waiting.isEmpty() && !relaying;
    }

    private void drainBatch() {
        List<DocumentRef> batch = new ArrayList<>();
        for (DocumentRef ref : waiting) {
            if (batch.size() == BATCH) {
                break;
            }
            batch.add(ref);
        }
        waiting.removeAll(batch);
        boolean failed = false;
        List<Sending> sendings = new ArrayList<>(batch.size());
        for (DocumentRef ref : batch) {
            try {
                sendings.add(send(ref.collection(), ref.id()));
            } catch (RuntimeException e) {
                failed = true;
                retryLater(ref, e);
            }
        }
        for (Sending sending : sendings) {
            try {
                confirm(sending);
            } catch (RuntimeException e) {
                failed = true;
                retryLater(new DocumentRef(sending.collection(), sending.id()), e);
            }
        }
        if (!running || waiting.isEmpty()) {
            retryDelayMillis = FIRST_RETRY_MILLIS;
        } else if (failed) {
            worker.schedule(this::drain, retryDelayMillis, TimeUnit.MILLISECONDS);
            retryDelayMillis = Math.min(retryDelayMillis * 2, MAX_RETRY_MILLIS);
        } else {
            retryDelayMillis = FIRST_RETRY_MILLIS;
            worker.execute(this::drain);
        }
    }

    private void retryLater(DocumentRef ref, RuntimeException e) {
        waiting.add(ref);
        log.warn("relaying {} {} failed, retrying in {} ms: {}", ref.collection(), ref.id(), retryDelayMillis,
                e.getMessage());
    }

    private void safeSweep() {
        relaying = true;
        try {
            int published = sweep();
            if (published > 0) {
                log.info("outbox sweep published {} left-over events", published);
            }
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed, will retry", e);
        } finally {
            relaying = false;
        }
    }

    private static ProducerRecord<String, String> record(Document entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.getString("topic"), null,
                entry.getString("key"), entry.getString("payload"));
        Date occurredAt = entry.getDate("occurredAt");
        header(record, EventHeaders.EVENT_ID, entry.getString("eventId"));
        header(record, EventHeaders.TYPE, entry.getString("type"));
        header(record, EventHeaders.VERSION, String.valueOf(entry.getInteger("version")));
        header(record, EventHeaders.OCCURRED_AT, occurredAt.toInstant().toString());
        header(record, EventHeaders.OFFICE_ID, entry.getString("officeId"));
        header(record, EventHeaders.TRACE_ID, entry.getString("traceId"));
        if (entry.getString("traceId") != null && entry.getString("spanId") != null) {
            // the writing request's sampling decision goes on with the event (W3C trace flags: 01 sampled)
            header(record, EventHeaders.TRACEPARENT, "00-" + entry.getString("traceId") + "-" + entry.getString("spanId")
                    + (Boolean.FALSE.equals(entry.getBoolean("sampled")) ? "-00" : "-01"));
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        worker.scheduleWithFixedDelay(this::safeSweep, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (!waiting.isEmpty()) {
            worker.execute(this::drain);
        }
    }

    @Override
    public void stop() {
        running = false;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop after the web server, before the Kafka producer factory
        return Integer.MAX_VALUE - 2048;
    }

    private record DocumentRef(String collection, Object id) {
        DocumentRef {
            Objects.requireNonNull(collection);
            Objects.requireNonNull(id);
        }
    }
}
