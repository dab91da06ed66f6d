package com.anchang.platform.bench;

import com.anchang.platform.EmbeddedPlatform;
import com.anchang.platform.PlatformConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The opening-rush benchmark of issue 5 (not a timed test): the embedded platform (real Kafka broker
 * process, in-process MongoDB server on its H2 file backend, every service its own JVM), a PM who
 * catalogues a 1,000-unit building and opens it (开盘) at a set time with a quota of 2 units per buyer,
 * then 10,000 hold attempts — every unit 10 times, in a shuffled order, by 5,000 buyer groups through
 * 6 signed-in consultants — from 200 concurrent clients on virtual threads, all through the gateway.
 * It checks 0 units held twice and all 1,000 held, and prints the wall time, p50/p99 latency and the
 * same store's raw conditional-update rate through the MongoDB driver alone (the same pattern: 10,000
 * {@code findOneAndUpdate({_id, status: AVAILABLE})} over 1,000 documents with a unique {_id, status}
 * index, from 200 clients), so the rush reads as a ratio of it.
 *
 * <p>Run from the repository root: {@code ./anchang bench rush [--port-offset N]} (builds, then runs this
 * class; ports +20000 unless told). {@link RequestCostBenchmark} runs it too, after the CPU cost per request.
 * The raw probe goes through {@link StoreDriver}.
 */
public final class OpeningRushBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int UNITS = 1_000;
    static final int ATTEMPTS_PER_UNIT = 10;
    static final int CLIENTS = 200;
    static final int BUYERS = 5_000;
    static final int QUOTA = 2;
    static final String OFFICE = "office-binjiang";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;

    OpeningRushBenchmark(String gateway) {
        this.gateway = gateway;
    }

    record Answer(int status, JsonNode body, long nanos) {
    }

    /**
     * The services' JVM options for the run (unless given with -Danchang.platform.jvm-options): the C2
     * compiler, as a production JVM runs, instead of the platform's quick-start C1-only default, and
     * room for 200 requests in flight.
     */
    static final String THROUGHPUT_OPTIONS = "-XX:TieredStopAtLevel=4 -XX:ReservedCodeCacheSize=128m -Xms256m -Xmx512m";

    public static void main(String[] args) throws Exception {
        int portOffset = portOffset(args);
        try (BenchPlatform bench = BenchPlatform.start(portOffset)) {
            new OpeningRushBenchmark(bench.config().gatewayUrl()).run(bench.config());
        }
        System.exit(0);
    }

    /** {@code --port-offset N} among the arguments, else {@value #DEFAULT_PORT_OFFSET}. */
    static int portOffset(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--port-offset")) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return DEFAULT_PORT_OFFSET;
    }

    static final int DEFAULT_PORT_OFFSET = 20_000;

    /** The embedded platform as the benchmarks run it: C2, demo directory loaded, stopped on close or Ctrl-C. */
    record BenchPlatform(PlatformConfig config, EmbeddedPlatform platform) implements AutoCloseable {

        static BenchPlatform start(int portOffset) throws Exception {
            if (System.getProperty("anchang.platform.jvm-options") == null) {
                System.setProperty("anchang.platform.jvm-options", THROUGHPUT_OPTIONS);
            }
            if (System.getProperty("anchang.platform.ready-timeout") == null) {
                // the C2 services start slower, and other work may share the cores
                System.setProperty("anchang.platform.ready-timeout", "600");
            }
            Path home = Path.of("..").toAbsolutePath().normalize();
            Path var = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "bench-var-").toAbsolutePath();
            PlatformConfig config = new PlatformConfig(home, var, portOffset, true,
                    Path.of(ProcessHandle.current().info().command().orElse("java")));
            System.out.println("starting the embedded platform (ports +" + portOffset + ", data in " + var + ")");
            long started = System.nanoTime();
            EmbeddedPlatform platform = EmbeddedPlatform.start(config, System.out);
            System.out.printf("platform ready in %.1f s (start-up caches made in %.1f s of it)%n",
                    (System.nanoTime() - started) / 1e9, platform.cachePreparationSeconds());
            // Ctrl-C or a kill stops the services too, not only a normal end
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "stop-platform"));
            System.out.println("service JVM options added: " + System.getProperty("anchang.platform.jvm-options"));
            loadDemoData(config, platform);
            return new BenchPlatform(config, platform);
        }

        @Override
        public void close() {
            platform.close();
        }
    }

    /** The demo directory (offices, staff), loaded as the launcher and the E2E do (DemoData is package-private). */
    public static void loadDemoData(PlatformConfig config, EmbeddedPlatform platform) throws Exception {
        Class<?> demoData = Class.forName("com.anchang.platform.DemoData");
        Constructor<?> create = demoData.getDeclaredConstructor();
        create.setAccessible(true);
        Object secrets = platform.secrets();
        Method loadOnce = demoData.getDeclaredMethod("loadOnce", PlatformConfig.class, secrets.getClass());
        loadOnce.setAccessible(true);
        loadOnce.invoke(create.newInstance(), config, secrets);
    }

    static String demoPassword() throws Exception {
        Field password = Class.forName("com.anchang.platform.DemoData").getDeclaredField("DEMO_PASSWORD");
        password.setAccessible(true);
        return (String) password.get(null);
    }

    /** The rush's figures, for a summary. */
    record Summary(double seconds, double p50Millis, double p99Millis, double rawPerSecond, double rushPerSecond,
            double directSeconds, int heldTwice, int unitsHeld, Map<String, Double> cpu) {

        double shareOfRaw() {
            return rushPerSecond / rawPerSecond;
        }
    }

    Summary run(PlatformConfig config) throws Exception {
        String password = demoPassword();
        String pm = signIn("bj.pm", password);
        List<String> consultants = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            consultants.add(signIn("bj.consultant" + i, password));
        }

        String inventory = "http://localhost:" + (8082 + config.portOffset());
        warmUp(pm, consultants, inventory);

        String buildingId = catalogue(pm, "开盘楼", 50, 20);
        List<String> unitIds = openedUnits(pm, buildingId);
        List<String> attempts = attempts(unitIds);
        double fromMemoryBefore = refusedFromMemory(inventory);
        Rush rush = rush(attempts, i -> consultants.get(i % consultants.size()), i -> "buyer-" + (i % BUYERS));
        double fromMemory = refusedFromMemory(inventory) - fromMemoryBefore;

        // the same rush on a second opening straight to inventory-service, to tell the gateway's share from the service's
        String directBuilding = catalogue(pm, "直连楼", 50, 20);
        List<String> directAttempts = attempts(openedUnits(pm, directBuilding));
        double directFromMemoryBefore = refusedFromMemory(inventory);
        Rush direct = rush(inventory, directAttempts, i -> consultants.get(i % consultants.size()),
                i -> "direct-buyer-" + (i % BUYERS));
        double directFromMemory = refusedFromMemory(inventory) - directFromMemoryBefore;

        JsonNode board = call(pm, "GET", "/api/inventory/buildings/" + buildingId, null).body();
        long heldOnBoard = board.get("counts").get("HELD").asLong();
        long wins = rush.wonUnits.size();
        Set<String> distinct = new HashSet<>(rush.wonUnits);
        int heldTwice = (int) (wins - distinct.size());

        RawRate raw = rawConditionalUpdateRate(config.mongoPort(), attempts, unitIds);

        double rushRate = attempts.size() / rush.wallSeconds;
        System.out.println();
        System.out.println("=== opening rush through the gateway (embedded platform, H2-backed store) ===");
        System.out.printf("machine: %d cores, %s, JDK %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
        System.out.printf("attempts: %,d by %d concurrent clients over %,d units (%d per unit, shuffled), %,d buyers, quota %d%n",
                attempts.size(), CLIENTS, UNITS, ATTEMPTS_PER_UNIT, BUYERS, QUOTA);
        System.out.printf("answers: %s%n", rush.outcomes);
        System.out.printf("units won: %,d (distinct %,d, held twice: %d); board shows HELD = %,d of %,d%n", wins,
                distinct.size(), heldTwice, heldOnBoard, UNITS);
        System.out.printf("wall time: %.2f s  (%,.0f attempts/s)%n", rush.wallSeconds, rushRate);
        System.out.printf("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", rush.percentile(0.50), rush.percentile(0.99),
                rush.percentile(1.0));
        System.out.println("  " + cpuLine(rush.cpu));
        System.out.printf("  refused from inventory-service's memory of taken units: %,.0f of %,d refusals%n", fromMemory,
                rush.outcomes.getOrDefault("409 UNIT-2", new AtomicInteger()).get());
        System.out.printf("same rush straight to inventory-service (no gateway): %.2f s (%,.0f attempts/s), p50 %.1f ms, "
                + "p99 %.1f ms, %s%n", direct.wallSeconds, attempts.size() / direct.wallSeconds, direct.percentile(0.5),
                direct.percentile(0.99), direct.outcomes);
        System.out.println("  " + cpuLine(direct.cpu));
        System.out.printf("  refused from memory: %,.0f of %,d refusals%n", directFromMemory,
                direct.outcomes.getOrDefault("409 UNIT-2", new AtomicInteger()).get());
        System.out.printf("raw conditional updates, driver alone, same store: %,d attempts in %.2f s = %,.0f /s, %,d winners%n",
                raw.attempts, raw.seconds, raw.attempts / raw.seconds, raw.winners);
        System.out.printf("ratio: rush %.1f%% of the raw rate%n", 100 * rushRate / (raw.attempts / raw.seconds));
        require(heldTwice == 0, "a unit was held twice");
        require(distinct.size() == UNITS && heldOnBoard == UNITS, "not all units were held");
        return new Summary(rush.wallSeconds, rush.percentile(0.50), rush.percentile(0.99), raw.attempts / raw.seconds,
                rushRate, direct.wallSeconds, heldTwice, distinct.size(), rush.cpu);
    }

    /** Opens the building's 1,000 units in 3 s, quota 2 per buyer, and waits for the time; returns the units. */
    List<String> openedUnits(String pm, String buildingId) throws Exception {
        List<String> unitIds = new ArrayList<>();
        for (int floor = 1; floor <= 50; floor++) {
            for (int number = 1; number <= 20; number++) {
                unitIds.add(buildingId + "-" + floor + String.format("%02d", number));
            }
        }
        Instant opensAt = Instant.now().plusSeconds(3);
        Answer opened = call(pm, "POST", "/api/inventory/openings", Map.of("officeId", OFFICE, "name", "1,000-unit rush",
                "unitIds", unitIds, "opensAt", opensAt.toString(), "quotaPerBuyer", QUOTA));
        require(opened.status() == 201, "opening answered " + opened.status() + " " + opened.body());
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), opensAt).toMillis() + 50));
        return unitIds;
    }

    /** Every unit ATTEMPTS_PER_UNIT times, in one shuffled order. */
    static List<String> attempts(List<String> unitIds) {
        List<String> attempts = new ArrayList<>(UNITS * ATTEMPTS_PER_UNIT);
        for (int i = 0; i < ATTEMPTS_PER_UNIT; i++) {
            attempts.addAll(unitIds);
        }
        Collections.shuffle(attempts, new Random(20261122));
        return attempts;
    }

    /** A few hundred holds and board reads on a building of its own, so the services' JIT is not measured. */
    void warmUp(String pm, List<String> consultants, String inventory) throws Exception {
        String buildingId = catalogue(pm, "预热楼", 10, 20);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int floor = 1; floor <= 10; floor++) {
                for (int number = 1; number <= 20; number++) {
                    units.add(buildingId + "-" + floor + String.format("%02d", number));
                }
            }
        }
        Collections.shuffle(units, new Random(1));
        Rush warm = rush(units, i -> consultants.get(i % consultants.size()), i -> "warm-" + i);
        System.out.printf("warm-up: %,d holds in %.2f s, %s%n", units.size(), warm.wallSeconds, warm.outcomes);
        // then a rush of the measured shape, through the gateway and straight, so the JIT has compiled what the
        // measured rushes run (a cold run spends most of its CPU compiling; an office's servers run all day before an opening)
        Rush warmRush = rush(attempts(openedUnits(pm, catalogue(pm, "预热开盘楼", 50, 20))),
                i -> consultants.get(i % consultants.size()), i -> "warm-buyer-" + (i % BUYERS));
        Rush warmDirect = rush(inventory, attempts(openedUnits(pm, catalogue(pm, "预热直连楼", 50, 20))),
                i -> consultants.get(i % consultants.size()), i -> "warm-direct-buyer-" + (i % BUYERS));
        System.out.printf("warm-up rushes: through the gateway %.2f s, straight %.2f s%n", warmRush.wallSeconds,
                warmDirect.wallSeconds);
    }

    final class Rush {
        final List<String> wonUnits = Collections.synchronizedList(new ArrayList<>());
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long[] nanos;
        double wallSeconds;
        /** CPU seconds each process of the platform spent during the rush. */
        Map<String, Double> cpu;

        double percentile(double p) {
            return percentileMillis(nanos, p);
        }
    }

    /** The p-quantile (0..1) of durations in nanoseconds, in milliseconds (nearest rank); NaN for none. */
    static double percentileMillis(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    Rush rush(List<String> attempts, java.util.function.IntFunction<String> token, java.util.function.IntFunction<String> buyer)
            throws InterruptedException {
        return rush(gateway, attempts, token, buyer);
    }

    Rush rush(String base, List<String> attempts, java.util.function.IntFunction<String> token,
            java.util.function.IntFunction<String> buyer) throws InterruptedException {
        Rush rush = new Rush();
        rush.nanos = new long[attempts.size()];
        AtomicInteger next = new AtomicInteger();
        Map<String, Duration> cpuBefore = cpuByProcess();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < attempts.size(); i = next.getAndIncrement()) {
                        String unitId = attempts.get(i);
                        Map<String, String> body = Map.of("dealId", "deal-" + i, "buyerRef", buyer.apply(i));
                        Answer answer = call(base, token.apply(i), "POST", "/api/inventory/units/" + unitId + "/hold", body);
                        long nanos = answer.nanos();
                        // as a real client does when its answer is lost (503 after the gateway's timeout):
                        // ask again with the same deal; a hold that was made is answered as made
                        for (int retry = 0; retry < 3 && (answer.status() == 503 || answer.status() == -1); retry++) {
                            rush.outcomes.computeIfAbsent("retried after " + answer.status(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            answer = call(base, token.apply(i), "POST", "/api/inventory/units/" + unitId + "/hold", body);
                            nanos += answer.nanos();
                        }
                        rush.nanos[i] = nanos;
                        String outcome = answer.status() == 200 ? "200"
                                : answer.status() + (answer.body().has("rule") ? " " + answer.body().get("rule").asText() : "");
                        rush.outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        if (answer.status() == 200) {
                            rush.wonUnits.add(unitId);
                        }
                    }
                    return null;
                });
            }
        }
        rush.wallSeconds = (System.nanoTime() - start) / 1e9;
        rush.cpu = cpuSpent(cpuBefore, cpuByProcess());
        return rush;
    }

    String catalogue(String pm, String name, int floors, int perFloor) throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int floor = 1; floor <= floors; floor++) {
            for (int number = 1; number <= perFloor; number++) {
                lines.add(Map.of("floor", floor, "number", number, "layout", "3室2厅2卫", "grossArea", "118.50",
                        "netArea", "95.20", "orientation", "南", "listPrice", String.valueOf(2_800_000 + floor * 10_000) + ".00"));
            }
        }
        Answer created = call(pm, "POST", "/api/inventory/buildings", Map.of("officeId", OFFICE, "projectId", "proj-bench",
                "name", name, "units", lines));
        require(created.status() == 201, "cataloguing answered " + created.status() + " " + created.body());
        return created.body().get("buildingId").asText();
    }

    String signIn(String username, String password) throws Exception {
        Answer answer = call(null, "POST", "/auth/sign-in", Map.of("username", username, "password", password));
        require(answer.status() == 200, "signing in " + username + " answered " + answer.status());
        return answer.body().get("accessToken").asText();
    }

    Answer call(String token, String method, String path, Object body) {
        return call(gateway, token, method, path, body);
    }

    Answer call(String base, String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            }
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            String text = response.body();
            return new Answer(response.statusCode(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text), nanos);
        } catch (Exception e) {
            return new Answer(-1, JSON.getNodeFactory().textNode(e.toString()), 0);
        }
    }

    /** inventory-service's count of holds refused from its memory of taken units (its metric). */
    double refusedFromMemory(String inventory) {
        Answer answer = call(inventory, null, "GET", "/actuator/metrics/inventory.holds.refused.from.memory", null);
        require(answer.status() == 200, "reading the metric answered " + answer.status());
        return answer.body().get("measurements").get(0).get("value").asDouble();
    }

    /** CPU time so far of this JVM (the store and the clients) and of each process it started, by name. */
    static Map<String, Duration> cpuByProcess() {
        Map<String, Duration> cpu = new TreeMap<>();
        ProcessHandle self = ProcessHandle.current();
        cpu.put("benchmark JVM (store + clients)", self.info().totalCpuDuration().orElse(Duration.ZERO));
        self.descendants().forEach(process -> {
            String command = String.join(" ", process.info().arguments().map(List::of).orElse(List.of()));
            java.util.regex.Matcher jar = java.util.regex.Pattern.compile("([\\w-]+)\\.jar").matcher(command);
            String name = command.contains("kafka.Kafka") ? "kafka" : command.contains(FloorApps.class.getName()) ? "floor"
                    : jar.find() ? jar.group(1) : "pid " + process.pid();
            cpu.merge(name, process.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus);
        });
        return cpu;
    }

    static Map<String, Double> cpuSpent(Map<String, Duration> before, Map<String, Duration> after) {
        Map<String, Double> spent = new TreeMap<>();
        after.forEach((name, total) -> {
            double seconds = total.minus(before.getOrDefault(name, Duration.ZERO)).toMillis() / 1000.0;
            if (seconds >= 0.05) {
                spent.put(name, seconds);
            }
        });
        return spent;
    }

    static String cpuLine(Map<String, Double> cpu) {
        StringBuilder line = new StringBuilder(String.format("CPU %.1f s:", cpu.values().stream().mapToDouble(d -> d).sum()));
        cpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> line.append(String.format(" %s %.1f,", e.getKey(), e.getValue())));
        return line.substring(0, line.length() - 1);
    }

    record RawRate(int attempts, int winners, double seconds) {
    }

    /**
     * The same store through the MongoDB driver alone: 1,000 documents, a unique {_id, status} index,
     * and the rush's attempt order as {@code findOneAndUpdate({_id, status: AVAILABLE}, {$set: {status: HELD}})}.
     */
    static RawRate rawConditionalUpdateRate(int mongoPort, List<String> attempts, List<String> unitIds) throws Exception {
        return StoreDriver.with(mongoPort, driver -> {
            RawRate measured = null;
            // the first round warms the driver, its connections and the store's code up, as the rush had its warm-up; the second is measured
            for (String round : List.of("warm_up", "units")) {
                Object collection = driver.collection(round);
                driver.drop(collection);
                driver.createUniqueIndex(collection, driver.document("_id", 1, "status", 1));
                List<Object> docs = new ArrayList<>();
                for (String id : unitIds) {
                    docs.add(driver.document("_id", id, "status", "AVAILABLE"));
                }
                driver.insertMany(collection, docs);
                AtomicInteger next = new AtomicInteger();
                AtomicInteger winners = new AtomicInteger();
                AtomicLong failures = new AtomicLong();
                long start = System.nanoTime();
                try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                    for (int c = 0; c < CLIENTS; c++) {
                        pool.submit(() -> {
                            for (int i = next.getAndIncrement(); i < attempts.size(); i = next.getAndIncrement()) {
                                try {
                                    Object filter = driver.document("_id", attempts.get(i), "status", "AVAILABLE");
                                    Object update = driver.document("$set", driver.document("status", "HELD"));
                                    if (driver.findOneAndUpdate(collection, filter, update) != null) {
                                        winners.incrementAndGet();
                                    }
                                } catch (ReflectiveOperationException e) {
                                    failures.incrementAndGet();
                                }
                            }
                            return null;
                        });
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                require(failures.get() == 0, failures.get() + " raw updates failed");
                measured = new RawRate(attempts.size(), winners.get(), seconds);
            }
            return measured;
        });
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
