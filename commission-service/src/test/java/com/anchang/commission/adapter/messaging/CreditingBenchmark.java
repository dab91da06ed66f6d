package com.anchang.commission.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.ViewingStatements;
import com.anchang.commission.bench.BenchStore;
import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.HandedOver;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.messaging.EventDispatcher;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.security.Caller;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test of the normal build (surefire runs {@code *Test} only): crediting deals with their
 * lead histories through commission-service's consumer path — each record with its envelope headers handed
 * to the service's {@link EventDispatcher} (JSON read, handler, use case, the deal's compare-and-set, the
 * consultants' statement books of ADR 21) by one consumer thread, as one partition's listener does —
 * against mongo-java-server with the H2 backend (a file) over TCP with the real driver, the store of the
 * embedded default. Beside it, in the same run, the raw store: single 1 KB inserts by the driver. Then the
 * statement of one consultant with their month's deals (the "1,000 deals in a month").
 *
 * <p>Per deal: {@code lead.lead-registered} and {@code lead.protection-extended} (the owner's follow-up),
 * then {@code transaction.deposit-received}, {@code subscription-signed} (recognised: the default policy),
 * {@code down-payment-received}, {@code mortgage-completed} and {@code handed-over}: 7 records. Every tenth deal
 * is closed by a colleague inside the owner's protection (COMM-2, 50/50). All deals close in November 2026,
 * {@code bench.deals / bench.consultants} per consultant. Records are made in batches of 1,000 deals outside
 * the timed part; the process's CPU time is taken over the timed part only (the store runs in this JVM, so
 * it is the service's and the store's together).
 *
 * <pre>./mvnw -q -o -pl commission-service test -Dtest=CreditingBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * and read {@code commission-service/target/surefire-reports/com.anchang.commission.adapter.messaging.CreditingBenchmark-output.txt}
 * ({@code -Dbench.deals=100000 -Dbench.consultants=100 -Dbench.raw=50000 -Dbench.warmup=20 -Dbench.measured=100}).
 */
class CreditingBenchmark {

    static final int DEALS = Integer.getInteger("bench.deals", 100_000);
    static final int CONSULTANTS = Integer.getInteger("bench.consultants", 100);
    static final int RAW = Integer.getInteger("bench.raw", 50_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    static final int MEASURED = Integer.getInteger("bench.measured", 100);
    static final int BATCH = 1_000;
    static final String DEVELOPER = "dev-bench";
    static final String OFFICE = "office-bench";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOVEMBER = Instant.parse("2026-10-31T16:00:00Z");

    long offset;

    @Test
    void creditingWithLeadHistories() throws Exception {
        System.out.printf("machine: %d cores, load average %s (before)%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        try (BenchStore store = BenchStore.open("crediting-bench")) {
            rawInserts(store.mongo().getCollection("raw_inserts"), "before");
            CreditingDeal crediting = store.crediting();
            RememberingLeadOwnership remembering = new RememberingLeadOwnership(store.timelines(), crediting);
            DealEventHandlers deals = new DealEventHandlers();
            LeadEventHandlers leads = new LeadEventHandlers();
            List<EventHandler<?>> handlers = List.of(leads.rememberLeadRegistered(remembering),
                    leads.rememberProtectionExtended(remembering), deals.creditOnDeposit(crediting),
                    deals.creditOnSubscription(crediting), deals.payOnDownPayment(crediting),
                    deals.payOnMortgage(crediting), deals.releaseOnHandover(crediting));
            EventDispatcher dispatcher = new EventDispatcher(handlers, new SimpleMeterRegistry(), java.time.Clock.systemUTC());

            long timedNanos = 0;
            long cpuNanos = 0;
            int records = 0;
            Map<String, Long> commandsBefore = store.commands();
            for (int from = 0; from < DEALS; from += BATCH) {
                List<ConsumerRecord<Object, Object>> batch = batch(from, Math.min(DEALS, from + BATCH));
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                for (ConsumerRecord<Object, Object> record : batch) {
                    dispatcher.onMessage(record);
                }
                timedNanos += System.nanoTime() - start;
                cpuNanos += processCpuNanos() - cpu;
                records += batch.size();
                int done = Math.min(DEALS, from + BATCH);
                if (done % 10_000 == 0 || done == DEALS) {
                    System.out.printf("  %,d deals credited: %.0f deals/s so far, load average %s%n", done,
                            done / (timedNanos / 1e9), loadAverage());
                }
            }
            double seconds = timedNanos / 1e9;
            System.out.printf("crediting: %,d deals (%,d records) in %.1f s: %.0f deals/s, %.0f records/s; "
                    + "CPU %.1f s (%.2f ms per deal, service and store in one JVM)%n", DEALS, records, seconds,
                    DEALS / seconds, records / seconds, cpuNanos / 1e9, cpuNanos / 1e6 / DEALS);
            Map<String, Long> commandsAfter = store.commands();
            StringBuilder perDeal = new StringBuilder();
            long total = 0;
            for (Map.Entry<String, Long> sent : commandsAfter.entrySet()) {
                long count = sent.getValue() - commandsBefore.getOrDefault(sent.getKey(), 0L);
                total += count;
                perDeal.append(String.format(" %s %.2f", sent.getKey(), (double) count / DEALS));
            }
            System.out.printf("store commands per deal: %.2f (%s)%n", (double) total / DEALS, perDeal.toString().strip());
            rawInserts(store.mongo().getCollection("raw_inserts_after"), "after");

            ViewingStatements statements = store.statements();
            Caller consultant = new Caller("c-0", "c0", DEVELOPER, Map.of(OFFICE, Set.of(Caller.CONSULTANT)), Set.of(),
                    true);
            int perConsultant = DEALS / CONSULTANTS;
            long[] nanos = new long[MEASURED];
            long statementCpu = 0;
            int lines = 0;
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                ViewingStatements.Statement statement = statements.statement(consultant, OFFICE, "c-0",
                        YearMonth.of(2026, 11));
                long took = System.nanoTime() - start;
                lines = statement.lines().size();
                assertThat(statement.toDate().balance()).isPositive();
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = took;
                    statementCpu += processCpuNanos() - cpu;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("statement of c-0 (%,d deals of their own in November and their share of colleagues', "
                    + "%,d lines) among %,d deals: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; CPU %.1f ms "
                    + "per statement%n", perConsultant, lines, DEALS, nanos[MEASURED / 2] / 1e6,
                    nanos[MEASURED * 9 / 10] / 1e6, nanos[MEASURED * 99 / 100] / 1e6, nanos[MEASURED - 1] / 1e6,
                    statementCpu / 1e6 / MEASURED);
            System.out.printf("load average %s (after)%n", loadAverage());
        }
    }

    /** The raw store: single inserts of 1 KB documents by the driver, one thread (the service's writes are single too). */
    static void rawInserts(MongoCollection<Document> collection, String when) {
        String padding = "x".repeat(1_000);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < RAW; i++) {
            collection.insertOne(new Document("_id", "raw-" + i).append("padding", padding));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("raw store (%s): %,d single 1 KB inserts in %.1f s: %.0f inserts/s; CPU %.1f s%n", when, RAW,
                seconds, RAW / seconds, (processCpuNanos() - cpu) / 1e9);
    }

    /** The records of deals {@code [from, to)}: each deal's lead history, then the deals' steps in order. */
    List<ConsumerRecord<Object, Object>> batch(int from, int to) {
        List<ConsumerRecord<Object, Object>> leadsFirst = new ArrayList<>();
        List<List<ConsumerRecord<Object, Object>>> steps = List.of(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int d = from; d < to; d++) {
            String owner = "c-" + (d % CONSULTANTS);
            String closer = d % 10 == 9 ? "c-" + ((d + 1) % CONSULTANTS) : owner;
            String leadId = "lead-" + d;
            String dealId = "deal-" + d;
            String unitId = "unit-" + d;
            String mobile = "138" + String.format("%08d", d);
            // spread over November in Shanghai: the registration in the morning, the deal the same afternoon
            Instant registered = NOVEMBER.plus(Duration.ofSeconds(29L * 24 * 3600 * d / DEALS).plusHours(1));
            Instant deposit = registered.plus(Duration.ofHours(3));
            LocalDate protectedUntil = registered.atZone(SHANGHAI).toLocalDate().plusDays(7);
            leadsFirst.add(record(Topics.LEAD, leadId, new LeadRegistered(leadId, DEVELOPER, OFFICE, owner, "王先生",
                    "WALK_IN", registered, protectedUntil)));
            leadsFirst.add(record(Topics.LEAD, leadId, new LeadProtectionExtended(leadId, DEVELOPER, OFFICE, owner,
                    "follow-up-" + d, protectedUntil, protectedUntil.plusDays(30), registered.plus(Duration.ofHours(1)))));
            BigDecimal price = new BigDecimal("2000000.00");
            steps.get(0).add(record(Topics.TRANSACTION, dealId, new DepositReceived(dealId, DEVELOPER, OFFICE, unitId,
                    closer, leadId, "王先生", mobile, new BigDecimal("50000.00"), deposit, LocalDate.parse("2026-12-21"))));
            steps.get(1).add(record(Topics.TRANSACTION, dealId, new SubscriptionSigned(dealId, DEVELOPER, OFFICE, unitId,
                    unitId, closer, leadId, "王先生", mobile, "SMS", price, new BigDecimal("50000.00"),
                    new BigDecimal("550000.00"), LocalDate.parse("2026-12-21"), "COMMERCIAL_LOAN",
                    new BigDecimal("1400000.00"), "BUYER", deposit.plus(Duration.ofMinutes(20)))));
            steps.get(2).add(record(Topics.TRANSACTION, dealId, new DownPaymentReceived(dealId, DEVELOPER, OFFICE, unitId,
                    closer, leadId, "R-" + d, new BigDecimal("550000.00"), new BigDecimal("600000.00"),
                    deposit.plus(Duration.ofMinutes(40)))));
            steps.get(3).add(record(Topics.TRANSACTION, dealId, new MortgageCompleted(dealId, DEVELOPER, OFFICE, unitId,
                    "COMMERCIAL_LOAN", new BigDecimal("1400000.00"), deposit.plus(Duration.ofMinutes(60)))));
            steps.get(4).add(record(Topics.TRANSACTION, dealId, new HandedOver(dealId, DEVELOPER, OFFICE, unitId, closer,
                    "u-pm", deposit.plus(Duration.ofMinutes(80)))));
        }
        List<ConsumerRecord<Object, Object>> all = new ArrayList<>(leadsFirst);
        steps.forEach(all::addAll);
        return all;
    }

    ConsumerRecord<Object, Object> record(String topic, String key, Record event) {
        ConsumerRecord<Object, Object> record = new ConsumerRecord<>(topic, 0, offset++, key, EventJson.write(event));
        header(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        header(record, EventHeaders.TYPE, constant(event, "TYPE").toString());
        header(record, EventHeaders.VERSION, constant(event, "VERSION").toString());
        header(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
        header(record, EventHeaders.OFFICE_ID, OFFICE);
        return record;
    }

    static void header(ConsumerRecord<Object, Object> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static Object constant(Record event, String name) {
        try {
            return event.getClass().getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
