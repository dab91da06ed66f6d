package com.anchang.lead.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.anchang.support.security.Caller;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

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
 * <p>Run: {@code ./mvnw -q -o -pl lead-service test -Dtest=RotationNextBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code lead-service/target/surefire-reports/com.anchang.lead.bench.RotationNextBenchmark-output.txt}.
 */
class RotationNextBenchmark {

    // defaults; -Dbench.offices=... etc. to change them
    static final int OFFICES = Integer.getInteger("bench.offices", 40);
    static final int CONSULTANTS = Integer.getInteger("bench.consultants", 12);
    static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);
    static final int MEASURED = Integer.getInteger("bench.measured", 4_000);
    static final int PER_OFFICE = (WARMUP + MEASURED) / OFFICES;

    @Test
    void nextWalkIn() throws Exception {
        Path file = Files.createTempDirectory("rotation-bench").resolve("bench.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoTemplate mongo = new MongoTemplate(client, "leads");
            mongo.indexOps(ReceptionDayDocument.class).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on("version", Sort.Direction.ASC).unique().named("id_version"));
            Clock clock = Clock.systemUTC();
            Outbox outbox = new Outbox(clock, new TraceContext(new StaticListableBeanFactory().getBeanProvider(Tracer.class)));
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
