package com.anchang.lead.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.adapter.messaging.rotation.RotationEvents;
import com.anchang.lead.adapter.persistence.MongoCollisionRepository;
import com.anchang.lead.adapter.persistence.MongoLapseCalendar;
import com.anchang.lead.adapter.persistence.MongoLeadAuditLog;
import com.anchang.lead.adapter.persistence.MongoLeadRepository;
import com.anchang.lead.adapter.persistence.rotation.MongoReceptionDays;
import com.anchang.lead.application.ClaimingReception;
import com.anchang.lead.application.Disclosures;
import com.anchang.lead.application.LeadReading;
import com.anchang.lead.application.OfficeCalendar;
import com.anchang.lead.application.RegisteringLead;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.outbox.TraceContext;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Benchmark, not a test (its name keeps it out of the normal run): registration with the duplicate
 * check (LEAD-1/5) — the {@link RegisteringLead} use case, service-side — against mongo-java-server
 * with the H2 backend over TCP, the store of the embedded default, with 100,000 and then 1,000,000
 * existing leads in one office, bulk-loaded through the driver first. Prints p50/p99/max.
 *
 * <pre>./mvnw -q -o -pl lead-service test -Dtest=LeadRegistrationBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * (-Dbench.sizes=100000,1000000 -Dbench.samples=2000 to change the sizes and the measured registrations),
 * or as a plain program on the test classpath ({@link #main}), e.g. outside Maven's forked JVM flags.
 */
public class LeadRegistrationBenchmark {

    public static void main(String[] args) throws IOException {
        new LeadRegistrationBenchmark().registration();
    }

    static final String DEVELOPER = "dev-bench";
    static final String OFFICE = "office-bench";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final int BATCH = Integer.getInteger("bench.batch", 1000);

    @Test
    @DisplayName("benchmark: registration with the duplicate check at 100,000 and 1,000,000 leads in one office (H2 backend over TCP)")
    void registration() throws IOException {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int samples = Integer.getInteger("bench.samples", 2000);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("leads-" + System.nanoTime() + ".mv");
        // H2Backend(file) opens MVStore.open(file) with its defaults; with them, a bulk load longer than ~60 s failed
        // here twice with "MVStoreException: Chunk 2 not found" (h2 2.4.240); a longer chunk retention avoids it
        MVStore store = MVStore.open(file.toString());
        store.setRetentionTime(Integer.getInteger("bench.retention-ms", 3_600_000));
        // the page cache the embedded platform gives its store (EmbeddedPlatform: 128 MB); H2's default is 16 MB,
        // too small for the indexes of 100,000 leads, so every look-up deserialized index pages again
        store.setCacheSize(Integer.getInteger("bench.cache-mb", 128));
        MongoServer server = new MongoServer(new H2Backend(store));
        InetSocketAddress address = server.bind();
        StringBuilder report = new StringBuilder();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoTemplate mongo = new MongoTemplate(client, "leads");
            MongoCollection<Document> leads = mongo.getCollection("leads");
            mongo.getCollection("lead_collisions").createIndex(Indexes.ascending("_id", "version"),
                    new IndexOptions().unique(true));

            PacedClock clock = new PacedClock();
            Duration pace = Duration.ofMinutes(Integer.getInteger("bench.pace-minutes", 20));
            RegisteringLead registering = application(mongo, clock);
            int loaded = 0;
            int round = 0;
            for (int size : sizes) {
                long start = System.nanoTime();
                loaded = load(leads, loaded, size);
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                round++;
                long[] lookups = measureLookups(mongo, round, samples, size);
                // warm-up, then the measured registrations of customers the office does not hold yet
                measure(registering, clock, pace, round, "w", 300);
                long[] fresh = measure(registering, clock, pace, round, "n", samples);
                clock.reset(); // the colleagues below come while those customers are protected
                // the same customers again, by colleagues: refused (LEAD-5) with a collision each
                long[] duplicates = measureDuplicates(registering, round, samples / 4);
                String line = String.format(
                        "%,d existing leads (loaded + indexed in %.0f s), a registration every %d min of office time:"
                                + " duplicate check alone (findByMobile) p50 %.2f ms,"
                                + " p99 %.2f ms (n=%d); new registration p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d);"
                                + " duplicate refused + collision p50 %.2f ms, p99 %.2f ms (n=%d); load average %s%n",
                        size, loadSeconds, pace.toMinutes(), ms(lookups, 0.50), ms(lookups, 0.99), lookups.length, ms(fresh, 0.50),
                        ms(fresh, 0.99), ms(fresh, 1.0), fresh.length, ms(duplicates, 0.50), ms(duplicates, 0.99),
                        duplicates.length, loadAverage());
                System.out.print(line);
                report.append(line);
                Files.writeString(dir.resolve("registration.txt"), report.toString());
            }
            assertThat(leads.countDocuments()).isGreaterThanOrEqualTo(sizes[sizes.length - 1]);
        } finally {
            server.shutdownNow();
            Files.writeString(dir.resolve("registration.txt"), report.toString());
            Files.deleteIfExists(file);
        }
    }

    /** The use case wired as LeadConfiguration wires it, without Spring and without Kafka (the relay is not started). */
    static RegisteringLead application(MongoTemplate mongo, Clock clock) {
        ProtectionPolicy policy = ProtectionPolicy.inactivity(7, SHANGHAI);
        ProtectionPolicies policies = officeId -> policy;
        Outbox outbox = new Outbox(clock, new TraceContext(new StaticListableBeanFactory()
                .getBeanProvider(io.micrometer.tracing.Tracer.class)));
        LeadEvents events = new LeadEvents(outbox);
        OutboxRelay relay = new OutboxRelay(mongo, null, List.of("leads", "lead_collisions"), Duration.ofDays(1),
                Duration.ofSeconds(1), new SimpleMeterRegistry());
        OfficeCalendar calendar = new OfficeCalendar(policies, clock);
        return new RegisteringLead(new MongoLeadRepository(mongo, events, relay),
                new com.anchang.lead.adapter.persistence.MongoLeadAliases(mongo), new MongoCollisionRepository(mongo, events, relay), new MongoLapseCalendar(mongo), policies,
                new Disclosures(new MongoLeadAuditLog(mongo), calendar), new ClaimingReception(new MongoReceptionDays(
                        mongo, new RotationEvents(outbox), relay)), clock);
    }

    /**
     * Bulk-loads leads {@code from}..{@code to} of the office through the driver, 1,000 a batch, then
     * (re)builds the two unique indexes the service declares on LeadDocument: the H2 backend maintains
     * each unique index on every insert (a bulk load with them is 2-4 times slower), and the store ends
     * the same either way.
     */
    static int load(MongoCollection<Document> leads, int from, int to) {
        for (String index : List.of("office_mobile", "id_version")) {
            if (leads.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>()).contains(index)) {
                leads.dropIndex(index);
            }
        }
        Date registeredAt = Date.from(Instant.now().minus(Duration.ofDays(2)));
        String protectedUntil = java.time.LocalDate.now(SHANGHAI).plusDays(5).toString();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = from; i < to; i++) {
            batch.add(new Document("_id", "lead-bench-" + i).append("developerId", DEVELOPER).append("officeId", OFFICE)
                    .append("ownerConsultantId", "c-" + (i % 40)).append("customerName", "客户" + i)
                    .append("mobile", "139" + String.format("%08d", i)).append("source", "WALK_IN")
                    .append("layout", "3室2厅").append("registeredAt", registeredAt).append("ownedSince", registeredAt)
                    .append("protectedUntil", protectedUntil).append("followUps", List.of()).append("stage", "NEW")
                    .append("outbox", List.of()).append("version", 0L));
            if (batch.size() == BATCH) {
                leads.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            leads.insertMany(batch);
        }
        long indexing = System.nanoTime();
        leads.createIndex(Indexes.ascending("officeId", "mobile"), new IndexOptions().unique(true).name("office_mobile"));
        leads.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
        System.out.printf("loaded %,d leads, indexes built in %.0f s%n", to, (System.nanoTime() - indexing) / 1e9);
        return to;
    }

    /** The duplicate check alone: the office + mobile look-up of a loaded customer, by the unique key. */
    static long[] measureLookups(MongoTemplate mongo, int round, int n, int loaded) {
        MongoLeadRepository repository = new MongoLeadRepository(mongo, null, null);
        long[] nanos = new long[n];
        java.util.Random random = new java.util.Random(round);
        for (int i = 0; i < n; i++) {
            int existing = random.nextInt(loaded);
            long start = System.nanoTime();
            var found = repository.findByMobile(OFFICE, new com.anchang.lead.domain.MobileNumber(
                    "139" + String.format("%08d", existing)));
            nanos[i] = System.nanoTime() - start;
            assertThat(found).isPresent();
        }
        return nanos;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static Caller consultant(String userId) {
        return new Caller(userId, userId, DEVELOPER, Map.of(OFFICE, Set.of(Caller.CONSULTANT)), Set.of(), true);
    }

    /** New customers: mobiles 137 + round + prefix + sequence, none of them loaded (those are 139...). */
    static String mobile(int round, String prefix, int i) {
        return "137" + round + (prefix.equals("w") ? "9" : "1") + String.format("%06d", i);
    }

    /**
     * Registrations as they arrive at an office: {@code pace} of office time between two (the clock is the
     * use case's own), so the office's hourly audit bucket and daily lapse note hold what a real hour and day
     * hold; with a pace of 0 they all fall into one hour, as no office registers 1,000 customers in one.
     */
    static long[] measure(RegisteringLead registering, PacedClock clock, Duration pace, int round, String prefix, int n) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            clock.advance(pace);
            Caller caller = consultant("c-" + (i % 40));
            long start = System.nanoTime();
            LeadReading reading = registering.register(caller, new RegisteringLead.RegisterLead(OFFICE, "新客户",
                    mobile(round, prefix, i), LeadSource.WALK_IN, new Needs(null, "3室2厅", null)));
            nanos[i] = System.nanoTime() - start;
            assertThat(reading.lead().ownerConsultantId()).isEqualTo(caller.userId());
        }
        return nanos;
    }

    static long[] measureDuplicates(RegisteringLead registering, int round, int n) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            Caller colleague = consultant("c-" + ((i % 40) + 1));
            long start = System.nanoTime();
            try {
                registering.register(colleague, new RegisteringLead.RegisterLead(OFFICE, "新客户",
                        mobile(round, "n", i), LeadSource.WALK_IN, Needs.NONE));
                throw new AssertionError("a protected customer was registered twice");
            } catch (RuleRefusedException e) {
                nanos[i] = System.nanoTime() - start;
                assertThat(e.rule().id()).isEqualTo("LEAD-5");
            }
        }
        return nanos;
    }

    static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1));
        return sorted[index] / 1e6;
    }

    /** The system clock moved forward by the benchmark, as office time passes between registrations. */
    static final class PacedClock extends Clock {

        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration by) {
            ahead = ahead.plus(by);
        }

        void reset() {
            ahead = Duration.ZERO;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
