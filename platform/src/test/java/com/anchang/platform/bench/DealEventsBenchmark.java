package com.anchang.platform.bench;

import com.anchang.platform.GatewayClient;
import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.anchang.platform.PlatformConfig;
import com.anchang.platform.bench.OpeningRushBenchmark.BenchPlatform;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deal pipeline on the embedded platform (issue 11, not a timed test): deals driven through the gateway
 * from the opening and the hold, the formal deposit (entered by finance, confirmed by the PM: DEAL-1), the
 * subscription (drafted, approved, the buyer's ID copy uploaded, signed: DEAL-4), the down payment, eligibility
 * to the contract, while inventory-service, commission-service and notification-service consume the deal
 * events. Two measured phases of {@code --deals} deals each: <b>paced</b> (deals started at the rate that makes
 * about {@code --rate} deal events per second, open loop) and <b>unpaced</b> ({@code --clients} clients one
 * deal after another, as fast as the platform answers); before them a warm-up of {@code --warm-up} deals and
 * the store's raw insert rate (1 KB documents through the MongoDB driver, one thread) in the same run.
 *
 * <p>A phase ends when every consumer has caught up: for each event type it handles, its applied count
 * (its {@code anchang.events.consumed{outcome=applied}}) has grown by what transaction-service published
 * ({@code anchang.events.published}) in the phase, awaited, never slept for. From a step to its effect in each
 * consumer: the consumer's own timer {@code anchang.events.applied.latency} (from the event's occurred-at,
 * fixed when the step wrote its change, before it answered, to the consumer's write done), read from its
 * {@code /actuator/prometheus} histogram before and after the phase. Each process's CPU per phase from /proc.
 *
 * <p>Run from the repository root: {@code ./anchang bench deals --port-offset 15500 [--deals 10000]
 * [--rate 1000] [--clients 32] [--warm-up 300] [--phases paced,unpaced]}.
 */
public final class DealEventsBenchmark {

    static final String OFFICE = "office-binjiang";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> CONSUMERS = new LinkedHashMap<>(Map.of("inventory-service", "inventory",
            "commission-service", "commission", "notification-service", "notification"));
    static final String PRODUCER = "transaction-service";
    static final byte[] ID_COPY = "%PDF-1.4\n% the buyer's ID card\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final int IN_FLIGHT = 400;

    record Options(int portOffset, int deals, int rate, int clients, int warmUp, List<String> phases) {

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i], args[i + 1]);
            }
            return new Options(OpeningRushBenchmark.portOffset(args),
                    Integer.parseInt(given.getOrDefault("--deals", "10000")),
                    Integer.parseInt(given.getOrDefault("--rate", "1000")),
                    Integer.parseInt(given.getOrDefault("--clients", "32")),
                    Integer.parseInt(given.getOrDefault("--warm-up", "300")),
                    List.of(given.getOrDefault("--phases", "paced,unpaced").split(",")));
        }
    }

    private final PlatformConfig config;
    private final GatewayClient gateway;
    private final OpeningRushBenchmark inventory;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> units = new ArrayList<>();
    private final AtomicInteger nextUnit = new AtomicInteger();
    private final List<Staff> consultants = new ArrayList<>();
    private Staff finance;
    private Staff pm;

    DealEventsBenchmark(PlatformConfig config) {
        this.config = config;
        this.gateway = new GatewayClient(config.gatewayUrl());
        this.inventory = new OpeningRushBenchmark(config.gatewayUrl());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try (BenchPlatform bench = BenchPlatform.start(options.portOffset())) {
            new DealEventsBenchmark(bench.config()).run(options);
        }
        System.exit(0);
    }

    void run(Options options) throws Exception {
        for (int i = 1; i <= 6; i++) {
            consultants.add(gateway.as("bj.consultant" + i));
        }
        finance = gateway.as("bj.finance");
        pm = gateway.as("bj.pm");
        int needed = options.warmUp() + options.deals() * options.phases().size();
        String token = pm.token();
        for (int b = 0; units.size() < needed; b++) {
            String buildingId = inventory.catalogue(token, "交易楼" + b, 50, 20);
            for (int floor = 1; floor <= 50; floor++) {
                for (int number = 1; number <= 20; number++) {
                    units.add(buildingId + "-" + floor + String.format("%02d", number));
                }
            }
        }
        System.out.printf("catalogued %,d units; load average %s%n", units.size(), RequestCostBenchmark.loadAverage());

        Phase warm = phase("warm-up", options.warmUp(), 0, options.clients());
        // from the deals that reached the contract (a deal given up on the way published only some of its events)
        double eventsPerDeal = (double) warm.published / Math.max(1, warm.contracted.get());
        System.out.println(warm.report(Double.NaN));
        double raw = rawInsertRate(config.mongoPort(), 10_000);
        System.out.printf("raw store inserts (1 KB documents, one thread, MongoDB driver to the embedded store): %,.0f/s%n",
                raw);

        List<Phase> phases = new ArrayList<>();
        for (String name : options.phases()) {
            // "paced" at --rate deal events per second, "paced:N" at N, "unpaced" as fast as the clients get answers
            int rate = name.startsWith("paced:") ? Integer.parseInt(name.substring(6)) : name.equals("paced") ? options.rate() : 0;
            double dealsPerSecond = rate / eventsPerDeal;
            Phase phase = phase(name, options.deals(), dealsPerSecond, options.clients());
            phases.add(phase);
            System.out.println(phase.report(raw));
        }
        double rawAfter = rawInsertRate(config.mongoPort(), 10_000);
        System.out.println();
        System.out.printf("=== deal events on the embedded platform: %d cores, JDK %s, load average %s at the end ===%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                RequestCostBenchmark.loadAverage());
        System.out.printf("raw store inserts, same run: %,.0f/s before the phases, %,.0f/s after; %.1f transaction "
                + "events per deal%n", raw, rawAfter, eventsPerDeal);
        phases.forEach(phase -> System.out.println(phase.report(raw)));
    }

    /** What one phase measured. */
    final class Phase {
        final String name;
        final int deals;
        final double dealsPerSecond;
        /** Deals given up, by the answer that stopped them, and commands asked again. */
        final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> answers = new ConcurrentLinkedQueue<>();
        /** Deals carried to the contract. */
        final AtomicInteger contracted = new AtomicInteger();
        long published;
        double startedSeconds;
        double drivenSeconds;
        double caughtUpSeconds;
        Map<String, Double> applied = new TreeMap<>();
        Map<String, Histogram> latency = new TreeMap<>();
        Map<String, Double> cpu;
        String loadAverage;

        Phase(String name, int deals, double dealsPerSecond) {
            this.name = name;
            this.deals = deals;
            this.dealsPerSecond = dealsPerSecond;
        }

        String report(double raw) {
            StringBuilder out = new StringBuilder();
            double eventsPerSecond = published / caughtUpSeconds;
            out.append(String.format("%n--- %s: %,d deals %s; load average %s at its end%n", name, deals,
                    dealsPerSecond > 0 ? String.format("due to start at %.1f/s (open loop), started at %.1f/s",
                            dealsPerSecond, deals / startedSeconds) : "unpaced",
                    loadAverage));
            out.append(String.format("  %,d deals carried to the contract%n", contracted.get()));
            out.append(String.format("  driven in %.1f s; %,d commands answered: p50 %.1f ms, p99 %.1f ms; failures and retries %s%n",
                    drivenSeconds, answers.size(), percentile(0.5), percentile(0.99), failures));
            out.append(String.format("  transaction events published %,d; every consumer caught up after %.1f s: "
                    + "%,.0f events/s end to end%s%n", published, caughtUpSeconds, eventsPerSecond,
                    Double.isNaN(raw) ? "" : String.format(" (%.1f%% of the raw insert rate)", 100 * eventsPerSecond / raw)));
            CONSUMERS.keySet().forEach(consumer -> {
                Histogram h = latency.getOrDefault(consumer, new Histogram(new TreeMap<>(), 0, 0));
                out.append(String.format("  %s: applied %,.0f (%,.0f/s); step -> effect p50 ≤ %.0f ms, p99 ≤ %.0f ms, "
                        + "max ≤ %.0f ms, mean %.1f ms%n", consumer, applied.getOrDefault(consumer, 0.0),
                        applied.getOrDefault(consumer, 0.0) / caughtUpSeconds, h.quantileMillis(0.5),
                        h.quantileMillis(0.99), h.quantileMillis(1.0), h.meanMillis()));
            });
            out.append("  ").append(OpeningRushBenchmark.cpuLine(cpu));
            return out.toString();
        }

        double percentile(double p) {
            return OpeningRushBenchmark.percentileMillis(answers.stream().mapToLong(Long::longValue).toArray(), p);
        }
    }

    Phase phase(String name, int deals, double dealsPerSecond, int clients) throws Exception {
        Phase phase = new Phase(name, deals, dealsPerSecond);
        Map<String, Metrics> before = metrics();
        Map<String, Duration> cpuBefore = OpeningRushBenchmark.cpuByProcess();
        long start = System.nanoTime();
        if (dealsPerSecond > 0) {
            // open loop: deal i starts at start + i / rate, each on its own virtual thread; with more than
            // IN_FLIGHT deals under way the next waits, and the rate reached is what the report says
            Semaphore inFlight = new Semaphore(IN_FLIGHT);
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < deals; i++) {
                    long due = start + (long) (i * 1e9 / dealsPerSecond);
                    while (System.nanoTime() < due) {
                        LockSupport.parkNanos(due - System.nanoTime());
                    }
                    inFlight.acquire();
                    phase.startedSeconds = (System.nanoTime() - start) / 1e9;
                    int deal = i;
                    pool.submit(() -> {
                        try {
                            drive(phase, deal);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < clients; c++) {
                    pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < deals; i = next.getAndIncrement()) {
                            drive(phase, i);
                        }
                    });
                }
            }
        }
        phase.drivenSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Metrics> after = awaitCaughtUp(before, Duration.ofMinutes(10));
        phase.caughtUpSeconds = (System.nanoTime() - start) / 1e9;
        phase.cpu = OpeningRushBenchmark.cpuSpent(cpuBefore, OpeningRushBenchmark.cpuByProcess());
        phase.loadAverage = RequestCostBenchmark.loadAverage();
        phase.published = Math.round(after.get(PRODUCER).published().values().stream().mapToDouble(d -> d).sum()
                - before.get(PRODUCER).published().values().stream().mapToDouble(d -> d).sum());
        CONSUMERS.keySet().forEach(consumer -> {
            phase.applied.put(consumer, after.get(consumer).appliedTotal() - before.get(consumer).appliedTotal());
            phase.latency.put(consumer, after.get(consumer).latency().minus(before.get(consumer).latency()));
        });
        return phase;
    }

    /**
     * Waits until each consumer has processed (applied, or skipped as a type it does not handle), type by type,
     * every event transaction-service published since {@code before}.
     */
    Map<String, Metrics> awaitCaughtUp(Map<String, Metrics> before, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            Map<String, Metrics> now = metrics();
            Map<String, Double> published = now.get(PRODUCER).published();
            boolean caughtUp = true;
            for (String consumer : CONSUMERS.keySet()) {
                for (String type : published.keySet()) {
                    double producedSince = published.get(type) - before.get(PRODUCER).published().getOrDefault(type, 0.0);
                    double processedSince = now.get(consumer).processed().getOrDefault(type, 0.0)
                            - before.get(consumer).processed().getOrDefault(type, 0.0);
                    caughtUp &= processedSince >= producedSince;
                }
            }
            if (caughtUp) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumers did not catch up within " + atMost);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** One deal from the opening to the contract, as the office's people do it through the gateway. */
    void drive(Phase phase, int i) {
        String unitId = units.get(nextUnit.getAndIncrement());
        Staff consultant = consultants.get(i % consultants.size());
        try {
            String dealId = ok(phase, consultant, "POST", "/api/deals", Map.of("officeId", OFFICE, "unitId", unitId,
                    "leadId", "lead-bench-" + unitId, "buyerName", "王先生", "buyerMobile", "13812345678"), 201)
                    .get("dealId").asText();
            String deal = "/api/deals/" + dealId;
            ok(phase, consultant, "POST", "/api/inventory/units/" + unitId + "/hold", Map.of("dealId", dealId,
                    "buyerRef", "王先生 138****5678"), 200);
            JsonNode held = consultant.get(deal).body();
            long waitUntil = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!"UNIT_HELD".equals(held.path("status").asText())) {
                if (System.nanoTime() > waitUntil) {
                    throw new IllegalStateException("the deal never saw its unit held");
                }
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
                held = consultant.get(deal).body();
            }
            pay(phase, deal, Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                    "downPaymentDueDate", LocalDate.now(SHANGHAI).plusDays(30).toString()));
            String downPayment = new BigDecimal(held.path("price").asText()).multiply(new BigDecimal("0.30"))
                    .setScale(0, RoundingMode.CEILING).subtract(new BigDecimal("50000"))
                    .setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            ok(phase, consultant, "POST", deal + "/subscription", Map.of("financing", "COMMERCIAL_LOAN",
                    "downPaymentAmount", downPayment, "buyerIdNumber", "330106198801012345"), 200);
            ok(phase, pm, "POST", deal + "/subscription/approve", null, 200);
            long started = System.nanoTime();
            Answer copy = consultant.upload(deal + "/files", "ID_COPY", "id-card.pdf", "application/pdf", ID_COPY);
            answered(phase, copy, 201, started);
            ok(phase, consultant, "POST", deal + "/subscription/sign", Map.of("signer", "BUYER", "idCopyFileId",
                    copy.body().path("fileId").asText()), 200);
            pay(phase, deal, Map.of("purpose", "DOWN_PAYMENT", "amount", downPayment, "method", "TRANSFER"));
            ok(phase, consultant, "POST", deal + "/eligibility", Map.of("passed", true, "basis", "沪籍, 名下无房"), 200);
            ok(phase, consultant, "POST", deal + "/contract", Map.of("contractNumber", "HT-" + dealId), 200);
            phase.contracted.incrementAndGet();
        } catch (RuntimeException e) {
            phase.failures.computeIfAbsent(e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst()
                    .orElse(""), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Finance enters the money; the PM, a second person, confirms it (DEAL-1). */
    void pay(Phase phase, String deal, Map<String, Object> money) {
        String paymentId = ok(phase, finance, "POST", deal + "/payments", money, 200).path("waitingPayment")
                .path("paymentId").asText();
        ok(phase, pm, "POST", deal + "/payments/" + paymentId + "/confirm", null, 200);
    }

    /**
     * One command; asked again, as a real client does, after a 503, at most three times, with the same
     * Idempotency-Key: a 503 may come from the gateway's time limit while the service did the command, and the
     * key makes the retry answer what the first attempt did instead of being a second command. The answer time
     * counts every attempt.
     */
    JsonNode ok(Phase phase, Staff staff, String method, String path, Object body, int expected) {
        long started = System.nanoTime();
        Map<String, String> key = Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString());
        Answer answer = staff.call(method, path, body, key);
        for (int retry = 0; retry < 3 && answer.status() == 503; retry++) {
            phase.failures.computeIfAbsent("retried after 503", k -> new AtomicInteger()).incrementAndGet();
            answer = staff.call(method, path, body, key);
        }
        return answered(phase, answer, expected, started).body();
    }

    static Answer answered(Phase phase, Answer answer, int expected, long started) {
        phase.answers.add(System.nanoTime() - started);
        if (answer.status() != expected) {
            throw new IllegalStateException(answer.status() + " " + answer.body().path("rule").asText(
                    answer.body().path("title").asText()));
        }
        return answer;
    }

    // ---- the services' own metrics, from /actuator/prometheus ---------------------------------------

    /** A cumulative histogram: count per upper bound in seconds, the count and the sum. */
    record Histogram(TreeMap<Double, Double> buckets, double count, double sum) {

        Histogram plus(Histogram other) {
            TreeMap<Double, Double> merged = new TreeMap<>(buckets);
            other.buckets.forEach((le, n) -> merged.merge(le, n, Double::sum));
            return new Histogram(merged, count + other.count, sum + other.sum);
        }

        Histogram minus(Histogram earlier) {
            TreeMap<Double, Double> delta = new TreeMap<>();
            buckets.forEach((le, n) -> delta.put(le, n - earlier.buckets.getOrDefault(le, 0.0)));
            return new Histogram(delta, count - earlier.count, sum - earlier.sum);
        }

        /** The upper bound (ms) of the bucket holding the quantile; 1.0 gives the highest bucket reached. */
        double quantileMillis(double q) {
            if (count <= 0) {
                return Double.NaN;
            }
            double rank = q >= 1.0 ? count : Math.ceil(q * count);
            for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
                if (bucket.getValue() >= rank) {
                    return bucket.getKey() * 1000;
                }
            }
            return Double.POSITIVE_INFINITY;
        }

        double meanMillis() {
            return count <= 0 ? Double.NaN : 1000 * sum / count;
        }
    }

    /** What one service's metrics say: events published and applied by type, the applied-latency histogram. */
    record Metrics(Map<String, Double> published, Map<String, Double> appliedByType, Map<String, Double> processed,
            Histogram latency) {

        double appliedTotal() {
            return appliedByType.entrySet().stream().filter(e -> e.getKey().startsWith("transaction."))
                    .mapToDouble(Map.Entry::getValue).sum();
        }
    }

    static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)\\} (\\S+)$");
    static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** One labelled sample of a Prometheus text exposition, e.g. {@code anchang_events_published_total{type="x"} 3.0}. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** The labelled samples of a Prometheus text exposition (unlabelled lines and comments left out). */
    public static List<Sample> samples(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                Map<String, String> labels = new HashMap<>();
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
            }
        }
        return samples;
    }

    Map<String, Metrics> metrics() throws Exception {
        Map<String, Metrics> all = new HashMap<>();
        for (PlatformConfig.Service service : PlatformConfig.SERVICES) {
            if (service.name().equals(PRODUCER) || CONSUMERS.containsKey(service.name())) {
                all.put(service.name(), metrics(config.port(service)));
            }
        }
        return all;
    }

    Metrics metrics(int port) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        OpeningRushBenchmark.require(response.statusCode() == 200, "metrics of port " + port + ": " + response.statusCode());
        Map<String, Double> published = new TreeMap<>();
        Map<String, Double> applied = new TreeMap<>();
        Map<String, Double> processed = new TreeMap<>();
        Histogram latency = new Histogram(new TreeMap<>(), 0, 0);
        for (Sample sample : samples(response.body())) {
            Map<String, String> labels = sample.labels();
            double value = sample.value();
            String type = labels.getOrDefault("type", "");
            switch (sample.name()) {
                case "anchang_events_published_total" -> published.merge(type, value, Double::sum);
                case "anchang_events_consumed_total" -> {
                    processed.merge(type, value, Double::sum);
                    if ("applied".equals(labels.get("outcome"))) {
                        applied.merge(type, value, Double::sum);
                    }
                }
                case "anchang_events_applied_latency_seconds_bucket" -> {
                    if (type.startsWith("transaction.") && !labels.get("le").equals("+Inf")) {
                        latency = latency.plus(new Histogram(new TreeMap<>(Map.of(Double.parseDouble(labels.get("le")),
                                value)), 0, 0));
                    }
                }
                case "anchang_events_applied_latency_seconds_count" -> {
                    if (type.startsWith("transaction.")) {
                        latency = latency.plus(new Histogram(new TreeMap<>(), value, 0));
                    }
                }
                case "anchang_events_applied_latency_seconds_sum" -> {
                    if (type.startsWith("transaction.")) {
                        latency = latency.plus(new Histogram(new TreeMap<>(), 0, value));
                    }
                }
                default -> {
                }
            }
        }
        return new Metrics(published, applied, processed, latency);
    }

    /**
     * The store's raw insert rate through the MongoDB driver alone: a warm-up round, then {@code count}
     * 1 KB documents, one after another from one thread, into a fresh collection.
     */
    static double rawInsertRate(int mongoPort, int count) throws Exception {
        return StoreDriver.with(mongoPort, driver -> {
            String pad = "x".repeat(1000);
            double rate = 0;
            for (String round : List.of("inserts_warm_up", "inserts")) {
                Object collection = driver.collection(round + "_" + System.nanoTime());
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    driver.insertOne(collection, driver.document("_id", "raw-" + i, "pad", pad));
                }
                rate = count / ((System.nanoTime() - start) / 1e9);
                driver.drop(collection);
            }
            return rate;
        });
    }
}
