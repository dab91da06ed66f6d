package com.anchang.lead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.Topics;
import com.anchang.lead.adapter.messaging.rotation.RotationEvents;
import com.anchang.lead.adapter.persistence.rotation.MongoReceptionDays;
import com.anchang.lead.adapter.persistence.rotation.ReceptionDayDocument;
import com.anchang.lead.application.rotation.OfficeDay;
import com.anchang.lead.application.rotation.RotatingReception;
import com.anchang.lead.application.rotation.RotationChanges;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.domain.rotation.RotationEvent;
import java.time.LocalDate;
import java.util.Optional;
import com.anchang.lead.domain.rotation.RotationPolicy;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.outbox.TraceContext;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Benchmark, not a test of the normal build (surefire runs {@code *Test} only): the rotation's "next
 * walk-in" use case, service-side, against the store the embedded default uses: mongo-java-server with
 * the H2 backend (a file), over TCP with the real driver. Each timed operation is the whole use case:
 * read the office's day document, decide, compare-and-set write with the event in the outbox.
 *
 * <p>By default 40 offices with 12 consultants on duty each; round after round of visitors, each
 * received ({@code next}, timed) and finished (not timed), 1,000 warm-up operations first, then 4,000
 * timed ones (125 receptions per office and day, a busy office). The outbox is drained after each operation (not timed), as the relay does.
 *
 * <p>{@link #nextWalkInWithRelay()} runs as production does instead: several reception desks per office
 * at once, and the real {@link OutboxRelay} publishing to a Kafka broker in this JVM and removing the
 * entries while they work; it counts the compare-and-sets lost to a concurrent write
 * ({@code anchang.writes.conflicts}), each costing a re-read and a retry.
 *
 * <p>Run: {@code ./mvnw -q -o -pl lead-service test -Dtest=RotationNextBenchmark#nextWalkIn -Dsurefire.failIfNoSpecifiedTests=false}
 * (or {@code #nextWalkInWithRelay}) and read
 * {@code lead-service/target/surefire-reports/com.anchang.lead.bench.RotationNextBenchmark-output.txt}.
 */
class RotationNextBenchmark {

    // defaults; -Dbench.offices=... etc. to change them
    static final int OFFICES = Integer.getInteger("bench.offices", 40);
    static final int CONSULTANTS = Integer.getInteger("bench.consultants", 12);
    static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);
    static final int MEASURED = Integer.getInteger("bench.measured", 4_000);
    static final int PER_OFFICE = (WARMUP + MEASURED) / OFFICES;

    // the relay mode's; -Dbench.relay.offices=... etc.
    static final int RELAY_OFFICES = Integer.getInteger("bench.relay.offices", 8);
    static final int RELAY_DESKS = Integer.getInteger("bench.relay.desks", 4);
    static final int RELAY_WARMUP = Integer.getInteger("bench.relay.warmup", 25);
    static final int RELAY_MEASURED = Integer.getInteger("bench.relay.measured", 100);

    @Test
    void nextWalkIn() throws Exception {
        Path file = Files.createTempDirectory("rotation-bench").resolve("bench.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoTemplate mongo = store(client);
            Clock clock = Clock.systemUTC();
            Outbox outbox = outbox(clock);
            // never started: published() only notes the document; the benchmark drains the outbox itself
            OutboxRelay relay = new OutboxRelay(mongo, null, List.of(ReceptionDayDocument.COLLECTION),
                    Duration.ofMinutes(1), Duration.ofSeconds(1), new SimpleMeterRegistry());
            MongoReceptionDays days = new MongoReceptionDays(mongo, new RotationEvents(outbox), relay);
            OfficeDay officeDay = new OfficeDay(officeId -> new RotationPolicy(Duration.ofSeconds(15),
                    ZoneId.of("Asia/Shanghai")), clock);
            Timed timed = new Timed(days);
            RotatingReception rotating = new RotatingReception(timed, officeDay, RotationChanges.NONE);

            for (int o = 0; o < OFFICES; o++) {
                String office = "office-" + o;
                for (int c = 0; c < CONSULTANTS; c++) {
                    rotating.checkIn(consultant(office, "c-" + c), office);
                }
            }
            long[] nanos = new long[MEASURED];
            long[] findNanos = new long[MEASURED];
            long[] saveNanos = new long[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                String office = "office-" + (i % OFFICES);
                Caller desk = salesControl(office);
                timed.reset();
                long start = System.nanoTime();
                RotatingReception.Change change = rotating.next(desk, office, Queue.WALK_IN, "billboard");
                long took = System.nanoTime() - start;
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = took;
                    findNanos[i - WARMUP] = timed.find;
                    saveNanos[i - WARMUP] = timed.save;
                }
                String receiver = change.assignment().consultantId();
                rotating.finish(consultant(office, receiver), office, "left a phone number",
                        RotatingReception.ActingFor.SELF);
                mongo.getCollection(ReceptionDayDocument.COLLECTION).updateOne(
                        new Document("_id", change.day().id()), new Document("$set", new Document("outbox", List.of())));
            }
            Arrays.sort(nanos);
            Arrays.sort(findNanos);
            Arrays.sort(saveNanos);
            Document sample = mongo.getCollection(ReceptionDayDocument.COLLECTION).find().first();
            System.out.printf("rotation next walk-in, service-side, mongo-java-server H2 backend over TCP:%n"
                            + "  %d offices x %d consultants, %d warm-up + %d timed operations (%d receptions per office)%n"
                            + "  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; day document at the end: %d bytes%n",
                    OFFICES, CONSULTANTS, WARMUP, MEASURED, PER_OFFICE, ms(nanos, 0.50), ms(nanos, 0.90),
                    ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, sample.toJson().length());
            System.out.printf("  of which reading the day: p50 %.2f ms, p99 %.2f ms; writing it: p50 %.2f ms, p99 %.2f ms%n",
                    ms(findNanos, 0.50), ms(findNanos, 0.99), ms(saveNanos, 0.50), ms(saveNanos, 0.99));
            assertThat(change(mongo)).isEqualTo(OFFICES);
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * Per office {@code bench.relay.desks} threads each receive a visitor ({@code next}, timed until it
     * succeeds: retries, a 409 asked again and a wait while every consultant is serving included) and finish
     * the reception (asked again until it succeeds), {@code bench.relay.warmup} times and then
     * {@code bench.relay.measured} times, while the relay publishes every event to the broker and removes it
     * from the day's document, as in production.
     */
    @Test
    void nextWalkInWithRelay() throws Exception {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1, Topics.LEAD);
        kafka.afterPropertiesSet();
        Path file = Files.createTempDirectory("rotation-bench").resolve("bench.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Metrics.addRegistry(meters);
        DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        OutboxRelay relay = null;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoTemplate mongo = store(client);
            Clock clock = Clock.systemUTC();
            relay = new OutboxRelay(mongo, new KafkaTemplate<>(producers), List.of(ReceptionDayDocument.COLLECTION),
                    Duration.ofMinutes(1), Duration.ofSeconds(10), meters);
            relay.start();
            RotatingReception rotating = new RotatingReception(
                    new MongoReceptionDays(mongo, new RotationEvents(outbox(clock)), relay),
                    new OfficeDay(officeId -> new RotationPolicy(Duration.ofSeconds(15), ZoneId.of("Asia/Shanghai")), clock),
                    RotationChanges.NONE);
            for (int o = 0; o < RELAY_OFFICES; o++) {
                for (int c = 0; c < CONSULTANTS; c++) {
                    rotating.checkIn(consultant("office-" + o, "c-" + c), "office-" + o);
                }
            }

            int desks = RELAY_OFFICES * RELAY_DESKS;
            long[] nanos = new long[desks * RELAY_MEASURED];
            AtomicLong gaveUp = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            List<String> failures = new CopyOnWriteArrayList<>();
            double[] conflictsAtStart = new double[1];
            long[] startedAt = new long[1];
            CyclicBarrier measuring = new CyclicBarrier(desks, () -> {
                conflictsAtStart[0] = conflicts(meters);
                gaveUp.set(0);
                refused.set(0);
                startedAt[0] = System.nanoTime();
            });
            List<Thread> threads = new ArrayList<>();
            for (int d = 0; d < desks; d++) {
                String office = "office-" + (d % RELAY_OFFICES);
                int desk = d;
                threads.add(Thread.ofPlatform().name("desk-" + d).start(() -> {
                    for (int i = 0; i < RELAY_WARMUP + RELAY_MEASURED; i++) {
                        if (i == RELAY_WARMUP) {
                            await(measuring);
                        }
                        long start = System.nanoTime();
                        RotatingReception.Change change = null;
                        while (change == null) {
                            try {
                                change = rotating.next(salesControl(office), office, Queue.WALK_IN, "billboard");
                            } catch (ConcurrentChangeException lost) {
                                gaveUp.incrementAndGet(); // a 409 after 5 attempts: the desk asks again
                            } catch (RuleRefusedException noOneFree) {
                                refused.incrementAndGet(); // every consultant serving: the visitor waits a moment
                                Thread.onSpinWait();
                            } catch (RuntimeException e) {
                                failures.add(e.toString());
                                break;
                            }
                        }
                        if (change == null) {
                            continue;
                        }
                        if (i >= RELAY_WARMUP) {
                            nanos[desk * RELAY_MEASURED + i - RELAY_WARMUP] = System.nanoTime() - start;
                        }
                        String receiver = change.assignment().consultantId();
                        while (true) {
                            try {
                                rotating.finish(consultant(office, receiver), office, "left a phone number",
                                        RotatingReception.ActingFor.SELF);
                                break;
                            } catch (ConcurrentChangeException lost) {
                                gaveUp.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.add(e.toString());
                                break;
                            }
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long tookNanos = System.nanoTime() - startedAt[0];
            double conflicts = conflicts(meters) - conflictsAtStart[0];
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> mongo.getCollection(ReceptionDayDocument.COLLECTION)
                    .countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
            Arrays.sort(nanos);
            int operations = 2 * nanos.length; // each visitor: next + finish
            double published = meters.find("anchang.events.published").counters().stream()
                    .mapToDouble(Counter::count).sum();
            System.out.printf("rotation next walk-in with the outbox relay running (Kafka in this JVM), H2 backend over TCP:%n"
                            + "  %d offices x %d desks at once, %d consultants each; per desk %d warm-up + %d timed visitors"
                            + " (next + finish)%n"
                            + "  conflicts (lost compare-and-sets, each retried): %.0f in %d operations = %.1f per 1,000;"
                            + " 409 after 5 attempts (asked again): %d; refused, nobody free (asked again): %d%n"
                            + "  next: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f operations/s;"
                            + " events published in all: %.0f%n",
                    RELAY_OFFICES, RELAY_DESKS, CONSULTANTS, RELAY_WARMUP, RELAY_MEASURED, conflicts, operations,
                    1_000 * conflicts / operations, gaveUp.get(), refused.get(), ms(nanos, 0.50), ms(nanos, 0.90),
                    ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, operations / (tookNanos / 1e9), published);
            System.out.printf("  other failures: %d %s%n", failures.size(), failures.stream().distinct().limit(3).toList());
        } finally {
            if (relay != null) {
                relay.stop();
            }
            producers.destroy();
            Metrics.removeRegistry(meters);
            server.shutdownNow();
            kafka.destroy();
        }
    }

    static double conflicts(SimpleMeterRegistry meters) {
        return meters.counter(ConcurrentChangeException.CONFLICTS, "collection", ReceptionDayDocument.COLLECTION).count();
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static MongoTemplate store(MongoClient client) {
        MongoTemplate mongo = new MongoTemplate(client, "leads");
        mongo.indexOps(ReceptionDayDocument.class).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("id_version"));
        return mongo;
    }

    static Outbox outbox(Clock clock) {
        return new Outbox(clock, new TraceContext(new StaticListableBeanFactory().getBeanProvider(Tracer.class)));
    }

    /** Times the store's two calls inside one use case. */
    static final class Timed implements ReceptionDays {
        final ReceptionDays delegate;
        long find;
        long save;

        Timed(ReceptionDays delegate) {
            this.delegate = delegate;
        }

        void reset() {
            find = 0;
            save = 0;
        }

        @Override
        public Optional<ReceptionDay> find(String officeId, LocalDate businessDay) {
            long start = System.nanoTime();
            try {
                return delegate.find(officeId, businessDay);
            } finally {
                find += System.nanoTime() - start;
            }
        }

        @Override
        public void save(ReceptionDay day, List<RotationEvent> caused) {
            long start = System.nanoTime();
            try {
                delegate.save(day, caused);
            } finally {
                save += System.nanoTime() - start;
            }
        }
    }

    static long change(MongoTemplate mongo) {
        return mongo.getCollection(ReceptionDayDocument.COLLECTION).countDocuments();
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length))] / 1e6;
    }

    static Caller consultant(String officeId, String userId) {
        return new Caller(userId, userId, "dev-bench", Map.of(officeId, Set.of(Caller.CONSULTANT)), Set.of(), true);
    }

    static Caller salesControl(String officeId) {
        return new Caller("u-sc", "u-sc", "dev-bench", Map.of(officeId, Set.of(Caller.SALES_CONTROL)), Set.of(), true);
    }
}
