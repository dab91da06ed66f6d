package com.anchang.notification.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.adapter.messaging.NotificationEvents;
import com.anchang.notification.adapter.persistence.MongoDeliveryRates;
import com.anchang.notification.adapter.persistence.MongoDueReminders;
import com.anchang.notification.adapter.persistence.MongoLocalInbox;
import com.anchang.notification.adapter.persistence.MongoReminderDays;
import com.anchang.notification.adapter.persistence.MongoReminderMessages;
import com.anchang.notification.adapter.persistence.MongoReminderScheduleRepository;
import com.anchang.notification.adapter.provider.ProviderChannels;
import com.anchang.notification.application.DispatchingReminders;
import com.anchang.notification.application.PlanningReminders;
import com.anchang.notification.domain.DeliveryPolicy;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.outbox.TraceContext;
import com.anchang.support.test.MovingClock;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Benchmark, not a test of the normal build (surefire runs {@code *Test} only): reminders planned by the
 * planning use case from down-payment due dates (two reminders a deal, T-5 and T-2) on the embedded store
 * the tests use (mongo-java-server, memory backend, over TCP with the real driver), then due batches
 * dispatched by {@link DispatchingReminders#run} to the local channel, as the {@code reminder-dispatch}
 * job runs it in the embedded default.
 *
 * <p>Three batches fall due, each alone in its minute: a probe of {@code bench.probe} reminders with a
 * tenth of {@code bench.planned} planned, the same probe again with all of them planned, and the batch of
 * {@code bench.due}. For each: the time and the store operations (counted by the driver, per command) of
 * finding what is due ({@code dueBy}) and of the whole run. Beside them, in the same JVM on the same
 * server: raw single-document inserts, updates by {@code _id} and finds by {@code _id} per second, the
 * store's floor.
 *
 * <p>Run: {@code ./mvnw -B -ntp -o -pl notification-service -am test -Dtest=ReminderDispatchBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} and read
 * {@code notification-service/target/surefire-reports/com.anchang.notification.bench.ReminderDispatchBenchmark-output.txt}.
 * Smaller: {@code -Dbench.planned=200000 -Dbench.due=20000 -Dbench.probe=2000}.
 */
class ReminderDispatchBenchmark {

    private static final long PLANNED = Long.getLong("bench.planned", 1_000_000);
    private static final int DUE = Integer.getInteger("bench.due", 100_000);
    private static final int PROBE = Integer.getInteger("bench.probe", 10_000);
    private static final int OFFICES = Integer.getInteger("bench.offices", 200);
    private static final int PLANNING_THREADS = Integer.getInteger("bench.planning-threads", 4);
    private static final int PARALLELISM = Integer.getInteger("bench.parallelism", 8);
    private static final int PAGES_AT_ONCE = Integer.getInteger("bench.pages", 2);
    private static final int RAW = Integer.getInteger("bench.raw", 20_000);
    /** The due queue's page size, as the service's configuration has it: the dispatch's bulk writes are a page each. */
    private static final int PAGE = 500;
    /** "bulk" (default): the set-up inserts schedules and due entries in bulk; "use-case": through PlanningReminders. */
    private static final boolean BULK_PLANNING = !"use-case".equals(System.getProperty("bench.plan", "bulk"));
    private static final BigDecimal AMOUNT = new BigDecimal("910000.00");

    /** The first probe's down payments fall due on this day; every other day is counted from it. */
    private static final LocalDate S1 = LocalDate.of(2027, 3, 10);
    /** The office's send time, 10:00 Shanghai: 02:00 UTC. Each batch is dispatched a few minutes after. */
    private static final LocalTime DISPATCH_UTC = LocalTime.of(2, 5);

    private final Map<String, LongAdder> commands = new ConcurrentHashMap<>();
    private final AtomicLong deals = new AtomicLong();
    private MongoReminderScheduleRepository schedules;
    private MongoDueReminders queue;
    private MovingClock clock;

    @Test
    void plannedMillionDueHundredThousand() throws Exception {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        CommandListener counting = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.computeIfAbsent(event.getCommandName(), k -> new LongAdder()).increment();
            }
        };
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + address.getPort()))
                .addCommandListener(counting).build())) {
            MongoTemplate mongo = new MongoTemplate(client, "notifications");
            // the compare-and-set's index, as auto-index-creation makes it from ReminderScheduleDocument
            mongo.getCollection(MongoReminderScheduleRepository.COLLECTION).createIndex(
                    Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
            clock = new MovingClock(Instant.parse("2027-02-01T00:00:00Z"));
            ReminderPolicies policies = office -> TestPolicies.DEFAULT;
            NotificationEvents events = new NotificationEvents(new Outbox(clock, new TraceContext(
                    new StaticListableBeanFactory().getBeanProvider(Tracer.class))), policies);
            OutboxRelay relay = new OutboxRelay(mongo, null, List.of(MongoReminderScheduleRepository.COLLECTION),
                    Duration.ofDays(1), Duration.ofSeconds(1), new SimpleMeterRegistry());
            schedules = new MongoReminderScheduleRepository(mongo, events, relay);
            Duration bucket = Duration.ofMinutes(1);
            queue = new MongoDueReminders(mongo, bucket, PAGE, Duration.ofDays(1));
            PlanningReminders planning = new PlanningReminders(schedules, queue, new MongoReminderDays(mongo), policies,
                    clock);
            MongoLocalInbox inbox = new MongoLocalInbox(mongo, clock);
            DispatchingReminders dispatching = new DispatchingReminders(schedules, queue,
                    new ProviderChannels(Map.of(), inbox, Duration.ofSeconds(10), TestPolicies.SHANGHAI),
                    new MongoReminderMessages(mongo), new MongoDeliveryRates(mongo),
                    new DeliveryPolicy(Duration.ofMinutes(2), 5, Duration.ofMinutes(1), Duration.ofHours(1),
                            Duration.ofHours(24)),
                    policies, "bench", bucket, PARALLELISM, PAGES_AT_ONCE);

            out("reminder dispatch benchmark: planned %,d, due batch %,d, probe %,d, %d offices, planning threads %d, "
                    + "dispatch parallelism %d, pages at once %d; JDK %s, %d cores, load average %s", PLANNED, DUE, PROBE,
                    OFFICES, PLANNING_THREADS, PARALLELISM, PAGES_AT_ONCE, Runtime.version(), Runtime.getRuntime().availableProcessors(), load());

            // phase 1: a tenth planned, the probe among it (due on S1-5); the rest falls due from S1+5 on
            long smallPlan = PLANNED / 10;
            long t = System.nanoTime();
            plan(planning, S1, PROBE);
            plan(planning, null, smallPlan / 2 - PROBE);
            out("planned %,d reminders (%,d deals) in %.1f s (%s), %s", smallPlan, deals.get(), seconds(t), setUpTimes(),
                    heap());
            Measured probeSmall = dispatch(dispatching, queue, clock, S1.minusDays(5), "probe, a tenth planned");
            assertThat(probeSmall.sent).isEqualTo(PROBE);

            // phase 2: the rest planned: the second probe (due on S1-4), the batch (due on S1-3) and more later
            t = System.nanoTime();
            plan(planning, S1.plusDays(1), PROBE);
            plan(planning, S1.plusDays(2), DUE);
            plan(planning, null, PLANNED / 2 - deals.get());
            out("planned %,d reminders in all (%,d deals) in %.1f s more (in all: %s), %s", deals.get() * 2, deals.get(),
                    seconds(t), setUpTimes(), heap());
            Measured probeAll = dispatch(dispatching, queue, clock, S1.minusDays(4), "probe, all planned");
            assertThat(probeAll.sent).isEqualTo(PROBE);

            Map<String, Double> floor = floor(client);
            Measured batch = dispatch(dispatching, queue, clock, S1.minusDays(3), "the due batch, all planned");
            assertThat(batch.sent).isEqualTo(DUE);
            Map<String, Double> floorAfter = floor(client);
            assertThat(mongo.getCollection("local_inbox").countDocuments()).isEqualTo(2L * PROBE + DUE);

            out("");
            out("| batch | planned | due | find what is due (dueBy) | its store ops | dispatch run | its store ops | ops per reminder | reminders/s |");
            out("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            for (Measured m : List.of(probeSmall, probeAll, batch)) {
                out("| %s | %,d | %,d | %,d ms | %s | %.1f s | %,d | %.1f | %,.0f |", m.name, m.planned, m.sent,
                        m.findMillis, m.findOps, m.runSeconds, m.runOpsTotal, (double) m.runOpsTotal / m.sent,
                        m.sent / m.runSeconds);
            }
            out("");
            out("store floor (same server, 1 client thread, ~1 KB documents), before → after the batch: "
                    + "inserts/s %,.0f → %,.0f, updates by _id/s %,.0f → %,.0f, finds by _id/s %,.0f → %,.0f",
                    floor.get("insert"), floorAfter.get("insert"), floor.get("update"), floorAfter.get("update"),
                    floor.get("find"), floorAfter.get("find"));
            out("store floor in pages of %d (the dispatch's kind of write: one command per page), documents/s, before → "
                    + "after: bulk inserts %,.0f → %,.0f, bulk compare-and-sets on {_id, version} %,.0f → %,.0f, "
                    + "finds by _id $in %,.0f → %,.0f", PAGE, floor.get("bulk insert"), floorAfter.get("bulk insert"),
                    floor.get("bulk update"), floorAfter.get("bulk update"), floor.get("find in"), floorAfter.get("find in"));
            // per reminder sent to the local inbox: its schedule read, claimed and recorded (2 compare-and-sets),
            // its inbox entry and message inserted; the office day counters are per page, not per reminder
            double storeFloor = batch.sent * (1 / floor.get("find in") + 2 / floor.get("bulk insert")
                    + 2 / floor.get("bulk update"));
            out("the batch's document operations (per reminder 1 read by _id, 2 inserts, 2 compare-and-sets) at the raw "
                    + "bulk rates measured before it: %.1f s; the run took %.1f s (%.1f× the floor)", storeFloor,
                    batch.runSeconds, batch.runSeconds / storeFloor);
            out("CPU during the batch's run: the process %.1f s in %.1f s wall (%.2f of %d cores), of which the store "
                    + "server's threads %.1f s; by thread group: %s", batch.cpu.process(), batch.runSeconds,
                    batch.cpu.process() / batch.runSeconds, Runtime.getRuntime().availableProcessors(),
                    batch.cpu.store(), batch.cpu.byGroup());
            out("load average after: %s", load());
            server.shutdownNow();
        }
    }

    /** Plans {@code count} deals whose down payment falls due on {@code day}, or (null) on days from S1+10 on. */
    private void plan(PlanningReminders planning, LocalDate day, long count) throws Exception {
        if (count <= 0) {
            return;
        }
        if (BULK_PLANNING) {
            planInBulk(day, count);
            return;
        }
        AtomicLong next = new AtomicLong();
        try (ExecutorService threads = Executors.newFixedThreadPool(PLANNING_THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < PLANNING_THREADS; i++) {
                done.add(threads.submit(() -> {
                    for (long k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
                        long n = deals.incrementAndGet();
                        planning.downPaymentDue(new PlanningReminders.DownPaymentDue(deal(n), due(day, n), AMOUNT,
                                "event-" + n));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    private static PlanningReminders.DealRef deal(long n) {
        return new PlanningReminders.DealRef("deal-" + n, "developer-1", "office-" + (n % OFFICES), "unit-" + n,
                "A-" + (n % 30) + "-" + (n % 400), new Recipient("买家" + n, "138" + String.format("%08d", n % 100_000_000)));
    }

    private static LocalDate due(LocalDate day, long n) {
        return day != null ? day : S1.plusDays(10 + n % 60);
    }

    /**
     * The same schedules and due entries as the planning use case makes (the domain plans each deal), written
     * 5,000 deals at a time: due entries first, then the schedules, in the order planning writes them. The
     * office's day view (which planning also notes) is left out: the dispatch never reads it.
     */
    private void planInBulk(LocalDate day, long count) {
        Instant now = clock.instant();
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(5_000, count - done);
            List<ReminderSchedule> batch = new ArrayList<>(n);
            List<String> eventIds = new ArrayList<>(n);
            List<DueReminders.Entry> entries = new ArrayList<>(2 * n);
            for (int k = 0; k < n; k++) {
                long d = deals.incrementAndGet();
                PlanningReminders.DealRef deal = deal(d);
                ReminderSchedule.Replan replan = ReminderSchedule.forDeal(deal.dealId(), deal.developerId(),
                        deal.officeId(), deal.unitId(), deal.buyer(), now).describedAs(deal.unitCode(), AMOUNT)
                        .downPaymentDue(due(day, d), TestPolicies.DEFAULT, now);
                batch.add(replan.schedule());
                eventIds.add("event-" + d);
                replan.planned().forEach(r -> entries.add(new DueReminders.Entry(deal.dealId(), r.id(), r.dueAt())));
            }
            long t = System.nanoTime();
            queue.enterAll(entries);
            long entered = System.nanoTime();
            schedules.insertAll(batch, eventIds);
            setUpNanos.get("due entries").add(entered - t);
            setUpNanos.get("schedules").add(System.nanoTime() - entered);
            done += n;
        }
    }

    /** Where the bulk set-up's time goes: the due queue's writes and the schedules' inserts. */
    private final Map<String, LongAdder> setUpNanos = Map.of("due entries", new LongAdder(), "schedules",
            new LongAdder());

    private String setUpTimes() {
        return "due entries %.1f s, schedules %.1f s".formatted(setUpNanos.get("due entries").sum() / 1e9,
                setUpNanos.get("schedules").sum() / 1e9);
    }

    private record Measured(String name, long planned, int sent, long findMillis, String findOps, double runSeconds,
            long runOpsTotal, Map<String, Long> runOps, Cpu cpu) {
    }

    /** Finds what is due a few minutes after the office's send time of {@code day}, then runs the dispatch, each timed and counted. */
    private Measured dispatch(DispatchingReminders dispatching, DueReminders queue, MovingClock clock, LocalDate day,
            String name) {
        Instant now = day.atTime(DISPATCH_UTC).toInstant(java.time.ZoneOffset.UTC);
        clock.set(now);
        System.gc();
        commands.clear();
        long t = System.nanoTime();
        DueReminders.Due due = queue.dueBy(now);
        long findMillis = (System.nanoTime() - t) / 1_000_000;
        int entries = due.buckets().stream().flatMap(b -> b.pages().stream()).mapToInt(p -> p.entries().size()).sum();
        String findOps = snapshot().toString();
        commands.clear();
        Recording recording = null;
        if (System.getProperty("bench.jfr") != null) { // -Dbench.jfr=<file>: a profile of each run
            try {
                recording = new Recording(Configuration.getConfiguration("profile"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            recording.start();
        }
        Map<String, Long> threadsBefore = threadCpu();
        long processBefore = processCpu();
        t = System.nanoTime();
        DispatchingReminders.Run run = dispatching.run(now);
        double runSeconds = seconds(t);
        Cpu cpu = Cpu.between(processBefore, processCpu(), threadsBefore, threadCpu());
        if (recording != null) {
            try {
                recording.dump(Paths.get(System.getProperty("bench.jfr") + "-" + day + ".jfr"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                recording.close();
            }
        }
        Map<String, Long> runOps = snapshot();
        long total = runOps.values().stream().mapToLong(Long::longValue).sum();
        out("%s: %,d entries in %d buckets found due in %,d ms %s; run: %s in %.1f s, store ops %s", name, entries,
                due.buckets().size(), findMillis, findOps, run, runSeconds, runOps);
        out("%s: CPU %.1f s in %.1f s (store threads %.1f s) %s", name, cpu.process(), runSeconds, cpu.store(),
                cpu.byGroup());
        return new Measured(name, deals.get() * 2, run.sent(), findMillis, findOps, runSeconds, total, runOps, cpu);
    }

    /**
     * CPU seconds of this process (the store server and the dispatch share it) and of its threads grouped by
     * name without their numbers; the store server's threads are the {@code mongo-server} ones.
     */
    private record Cpu(double process, double store, Map<String, String> byGroup) {

        static Cpu between(long processBefore, long processAfter, Map<String, Long> before, Map<String, Long> after) {
            Map<String, Double> groups = new TreeMap<>();
            after.forEach((name, ns) -> groups.merge(name.replaceAll("[-#]?\\d+", ""),
                    (ns - before.getOrDefault(name, 0L)) / 1e9, Double::sum));
            double store = groups.entrySet().stream().filter(e -> e.getKey().contains("mongo-server"))
                    .mapToDouble(Map.Entry::getValue).sum();
            Map<String, String> shown = new TreeMap<>();
            groups.forEach((g, s) -> {
                if (s >= 0.1) {
                    shown.put(g, "%.1f s".formatted(s));
                }
            });
            return new Cpu((processAfter - processBefore) / 1e9, store, shown);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU nanoseconds per live platform thread, keyed by name and id. */
    private static Map<String, Long> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long ns = threads.getThreadCpuTime(info.getThreadId());
                if (ns > 0) {
                    cpu.put(info.getThreadName() + "#" + info.getThreadId(), ns);
                }
            }
        }
        return cpu;
    }

    /** Raw single-document operations per second on a scratch collection of the same server, one client thread. */
    private static Map<String, Double> floor(MongoClient client) {
        MongoCollection<Document> raw = client.getDatabase("floor").getCollection("raw-" + System.nanoTime());
        String kilobyte = "x".repeat(1000);
        long t = System.nanoTime();
        for (int i = 0; i < RAW; i++) {
            raw.insertOne(new Document("_id", "d-" + i).append("version", 0).append("payload", kilobyte));
        }
        double inserts = RAW / seconds(t);
        t = System.nanoTime();
        for (int i = 0; i < RAW; i++) {
            raw.updateOne(Filters.eq("_id", "d-" + i), Updates.inc("version", 1));
        }
        double updates = RAW / seconds(t);
        t = System.nanoTime();
        for (int i = 0; i < RAW; i++) {
            raw.find(Filters.eq("_id", "d-" + i)).first();
        }
        double finds = RAW / seconds(t);
        raw.drop();
        // the same documents in pages, one command per page, as the dispatch writes them
        MongoCollection<Document> paged = client.getDatabase("floor").getCollection("paged-" + System.nanoTime());
        paged.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
        t = System.nanoTime();
        for (int from = 0; from < RAW; from += PAGE) {
            List<Document> docs = new ArrayList<>();
            for (int i = from; i < Math.min(RAW, from + PAGE); i++) {
                docs.add(new Document("_id", "d-" + i).append("version", 0).append("payload", kilobyte));
            }
            paged.insertMany(docs, new InsertManyOptions().ordered(false));
        }
        double bulkInserts = RAW / seconds(t);
        t = System.nanoTime();
        for (int from = 0; from < RAW; from += PAGE) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (int i = from; i < Math.min(RAW, from + PAGE); i++) {
                writes.add(new UpdateOneModel<>(new Document("_id", "d-" + i).append("version", 0),
                        Updates.combine(Updates.set("payload", kilobyte), Updates.inc("version", 1))));
            }
            paged.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        double bulkUpdates = RAW / seconds(t);
        t = System.nanoTime();
        for (int from = 0; from < RAW; from += PAGE) {
            List<String> ids = new ArrayList<>();
            for (int i = from; i < Math.min(RAW, from + PAGE); i++) {
                ids.add("d-" + i);
            }
            paged.find(new Document("_id", new Document("$in", ids))).into(new ArrayList<>());
        }
        double findsIn = RAW / seconds(t);
        paged.drop();
        return Map.of("insert", inserts, "update", updates, "find", finds, "bulk insert", bulkInserts,
                "bulk update", bulkUpdates, "find in", findsIn);
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        commands.forEach((name, n) -> counts.put(name, n.sum()));
        return counts;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String heap() {
        Runtime r = Runtime.getRuntime();
        return "heap used %,d MB".formatted((r.totalMemory() - r.freeMemory()) >> 20);
    }

    private static String load() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void out(String format, Object... args) {
        System.out.println(args.length == 0 ? format : format.formatted(args));
    }
}
