package com.anchang.platform.bench;

import com.anchang.platform.EmbeddedPlatform;
import com.anchang.platform.PlatformConfig;
import com.anchang.platform.bench.LoadGenerator.Connection;
import com.anchang.platform.bench.LoadGenerator.Result;
import com.anchang.platform.bench.LoadGenerator.Script;
import com.anchang.platform.bench.OpeningRushBenchmark.BenchPlatform;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * What one HTTP request costs in CPU, hop by hop (issue 18), beside the bare floor measured in the same
 * run, then the opening rush ({@link OpeningRushBenchmark}) on the same platform. Not a timed test: a
 * main class, run by {@code ./anchang bench cost}.
 *
 * <p>The embedded platform runs as the rush runs it (C2, every service its own JVM, the store inside
 * this JVM), beside two bare applications of the same Boot and Spring Cloud versions ({@link FloorApps}):
 * a webmvc endpoint without security and a Spring Cloud Gateway with one route to it — the floor of a
 * service hop and of a gateway hop. A closed-loop HTTP/1.1 load generator ({@link LoadGenerator}, N
 * keep-alive connections) drives one scenario at a time; for each measured window it reads every
 * process's CPU time (utime + stime, from /proc through {@link ProcessHandle}) before and after, and
 * divides by the requests answered. This JVM's own CPU is split into its load threads (measured per
 * thread) and the rest (the store). What each process spends with no request at all (measured for
 * 10 s before the scenarios) is taken off. CPU per request is the figure to compare: unlike requests
 * per second it changes little when other work shares the cores.
 *
 * <pre>
 * options: --port-offset N (default 20000)  --connections N (64)  --warm-up S (8)  --seconds S (8)  --runs N (3)
 *          --no-rush (skip the opening rush)  --only name,name (scenarios whose name contains one of them)
 *          --profile DIR (a JFR recording of the gateway and the service during each scenario's first run)
 * </pre>
 */
public final class RequestCostBenchmark {

    static final String OFFICE = "office-binjiang";

    record Options(int portOffset, int connections, Duration warmUp, Duration measured, int runs, boolean rush,
            List<String> only, Path profiles) {

        static Options parse(String[] args) {
            int offset = OpeningRushBenchmark.DEFAULT_PORT_OFFSET;
            int connections = 64;
            int warmUp = 8;
            int seconds = 8;
            int runs = 3;
            boolean rush = true;
            List<String> only = List.of();
            Path profiles = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port-offset" -> offset = Integer.parseInt(args[++i]);
                    case "--connections" -> connections = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--no-rush" -> rush = false;
                    case "--only" -> only = List.of(args[++i].split(","));
                    case "--profile" -> profiles = Path.of(args[++i]).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(offset, connections, Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds), runs, rush,
                    only, profiles);
        }
    }

    /**
     * One kind of request: which process is the service hop and which the gateway hop (null: none), how
     * many connections, and what each connection sends.
     */
    record Scenario(String name, String gateway, String service, int port, int connections,
            java.util.function.Supplier<Script> scripts) {
    }

    /**
     * One measured window: the load generator's result and the CPU nanoseconds each process spent in it
     * (this JVM's split into its load threads and the rest, the store).
     */
    record Run(Result result, Map<String, Long> spent) {

        /** µs per request answered, each process's idle rate (ns per second) taken off, never below 0. */
        Map<String, Double> microsPerRequest(Map<String, Double> idle) {
            Map<String, Double> perRequest = new TreeMap<>();
            spent.forEach((process, nanos) -> {
                double idleNanos = process.equals(LOAD) ? 0
                        : idle.getOrDefault(process.equals(STORE) ? SELF : process, 0.0) * result.seconds();
                perRequest.put(process, Math.max(0, nanos - idleNanos) / 1e3 / result.requests());
            });
            return perRequest;
        }
    }

    /** A scenario's measured runs; figures are their medians. */
    record Measured(Scenario scenario, List<Run> runs) {

        double perSecond() {
            return median(runs.stream().mapToDouble(r -> r.result().perSecond()).toArray());
        }

        double p50() {
            return median(runs.stream().mapToDouble(r -> r.result().percentileMillis(0.5)).toArray());
        }

        double p99() {
            return median(runs.stream().mapToDouble(r -> r.result().percentileMillis(0.99)).toArray());
        }

        Map<Integer, Integer> statuses() {
            Map<Integer, Integer> statuses = new TreeMap<>();
            runs.forEach(r -> r.result().statuses().forEach((s, n) -> statuses.merge(s, n, Integer::sum)));
            return statuses;
        }

        int failures() {
            return runs.stream().mapToInt(r -> r.result().failures()).sum();
        }

        /** Median µs per request of each process, idle rates taken off. */
        Map<String, Double> microsPerRequest(Map<String, Double> idle) {
            List<Map<String, Double>> each = runs.stream().map(r -> r.microsPerRequest(idle)).toList();
            Map<String, Double> medians = new TreeMap<>();
            each.forEach(run -> run.keySet().forEach(process -> medians.put(process,
                    median(each.stream().mapToDouble(r -> r.getOrDefault(process, 0.0)).toArray()))));
            return medians;
        }
    }

    private final Options options;
    private final PlatformConfig config;
    private final EmbeddedPlatform platform;
    private final Floors floors;
    private final OpeningRushBenchmark client;

    private RequestCostBenchmark(Options options, BenchPlatform bench, Floors floors) {
        this.options = options;
        this.config = bench.config();
        this.platform = bench.platform();
        this.floors = floors;
        this.client = new OpeningRushBenchmark(config.gatewayUrl());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String loadBefore = loadAverage();
        try (BenchPlatform bench = BenchPlatform.start(options.portOffset());
                Floors floors = Floors.start(bench.config())) {
            RequestCostBenchmark benchmark = new RequestCostBenchmark(options, bench, floors);
            List<Measured> measured = benchmark.measureAll();
            OpeningRushBenchmark.Summary rush = null;
            if (options.rush()) {
                System.out.println();
                System.out.println("=== the opening rush, on the same platform ===");
                rush = new OpeningRushBenchmark(bench.config().gatewayUrl()).run(bench.config());
            }
            benchmark.printSummary(measured, rush, loadBefore, loadAverage());
        }
        System.exit(0);
    }

    // ---- the scenarios ----------------------------------------------------------------------------

    List<Measured> measureAll() throws Exception {
        String password = OpeningRushBenchmark.demoPassword();
        String pm = client.signIn("bj.pm", password);
        List<String> consultants = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            consultants.add(client.signIn("bj.consultant" + i, password));
        }
        int gateway = config.gatewayPort();
        int inventory = 8082 + config.portOffset();
        int lead = 8081 + config.portOffset();

        // a small building for unit reads, and an opening whose one taken unit later buyers ask for
        String building = client.catalogue(pm, "成本楼", 10, 4);
        String unit = building + "-101";
        String refusedUnit = heldInAnOpening(pm, consultants.get(0));
        String demoBuilding = Files.readAllLines(config.var().resolve("demo-data.loaded")).getFirst().strip();
        checkInEveryone(consultants);

        AtomicLong mobiles = new AtomicLong();
        AtomicLong deals = new AtomicLong();
        IntFunction<String> consultant = i -> consultants.get(i % consultants.size());
        List<Scenario> scenarios = List.of(
                fixed("floor: bare webmvc endpoint, direct", null, Floors.SERVICE, floors.servicePort(), "GET", "/floor/ping",
                        i -> null, null),
                fixed("floor: the same through a bare gateway route", Floors.GATEWAY, Floors.SERVICE, floors.gatewayPort(),
                        "GET", "/floor/ping", i -> null, null),
                fixed("floor, servlet flavour: through a bare server-webmvc gateway", Floors.MVC_GATEWAY, Floors.SERVICE,
                        floors.mvcGatewayPort(), "GET", "/floor/ping", i -> null, null),
                fixed("floor, no Spring: a plain servlet on Tomcat, direct", null, Floors.SERVLET, floors.servletPort(),
                        "GET", "/floor/ping", i -> null, null),
                fixed("floor, no Spring: through a Reactor Netty proxy", Floors.NETTY_PROXY, Floors.SERVICE,
                        floors.nettyProxyPort(), "GET", "/floor/ping", i -> null, null),
                fixed("liveness probe (permitAll), direct", null, "inventory-service", inventory, "GET",
                        "/actuator/health/liveness", i -> null, null),
                fixed("unit GET (token, store read), direct", null, "inventory-service", inventory, "GET",
                        "/api/inventory/units/" + unit, consultant, null),
                fixed("unit GET (token, store read), gateway", "gateway", "inventory-service", gateway, "GET",
                        "/api/inventory/units/" + unit, consultant, null),
                varying("hold refused from memory, direct", null, "inventory-service", inventory, options.connections(),
                        () -> hold(inventory, refusedUnit, consultant, deals)),
                varying("hold refused from memory, gateway", "gateway", "inventory-service", gateway, options.connections(),
                        () -> hold(gateway, refusedUnit, consultant, deals)),
                fixed("sales board GET (80 units), gateway", "gateway", "inventory-service", gateway, "GET",
                        "/api/inventory/buildings/" + demoBuilding, i -> pm, null),
                fixed("rotation board GET, gateway", "gateway", "lead-service", gateway, "GET",
                        "/api/leads/rotation/" + OFFICE + "/board", i -> pm, null),
                varying("lead registration, gateway", "gateway", "lead-service", gateway, options.connections(),
                        () -> registration(gateway, consultant, mobiles)),
                varying("rotation next walk-in + finish, gateway, 1 desk", "gateway", "lead-service", gateway, 1,
                        () -> nextWalkIn(gateway, pm)));

        Map<String, Double> idleBefore = idleRates(Duration.ofSeconds(10));
        List<Measured> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (options.only().isEmpty() || options.only().stream().anyMatch(scenario.name()::contains)) {
                results.add(measure(scenario));
            }
        }
        // the lower of two idle measurements (before the scenarios and after them): right after start-up the
        // JIT is still compiling, which is not a steady cost either
        Map<String, Double> idleAfter = idleRates(Duration.ofSeconds(10));
        idleBefore.forEach((process, rate) -> idle.put(process, Math.min(rate, idleAfter.getOrDefault(process, rate))));
        return results;
    }

    /** The same prepared request on every connection (connection i with token i). */
    Scenario fixed(String name, String gatewayProcess, String service, int port, String method, String path,
            IntFunction<String> token, String body) {
        AtomicLong connection = new AtomicLong();
        return new Scenario(name, gatewayProcess, service, port, options.connections(), () -> {
            byte[] request = LoadGenerator.request(method, port, path, token.apply((int) connection.getAndIncrement()), body);
            return c -> c.send(request);
        });
    }

    Scenario varying(String name, String gatewayProcess, String service, int port, int connections,
            java.util.function.Supplier<Script> scripts) {
        return new Scenario(name, gatewayProcess, service, port, connections, scripts);
    }

    /** A hold by another deal on a unit an opening's buyer holds: 409 UNIT-2, from the service's memory. */
    Script hold(int port, String unitId, IntFunction<String> consultant, AtomicLong deals) {
        long n = deals.incrementAndGet();
        byte[] request = LoadGenerator.request("POST", port, "/api/inventory/units/" + unitId + "/hold",
                consultant.apply((int) n), "{\"dealId\":\"bench-deal-" + n + "\",\"buyerRef\":\"bench-buyer-" + n + "\"}");
        return c -> c.send(request);
    }

    /** A new customer registered by a consultant, a different mobile every time. */
    Script registration(int port, IntFunction<String> consultant, AtomicLong mobiles) {
        String token = consultant.apply((int) mobiles.get());
        return c -> {
            String mobile = String.format("139%08d", mobiles.incrementAndGet());
            c.send(LoadGenerator.request("POST", port, "/api/leads", token, "{\"officeId\":\"" + OFFICE
                    + "\",\"customerName\":\"王先生\",\"mobile\":\"" + mobile + "\",\"source\":\"WALK_IN\",\"consent\":\"VERBAL\"}"));
        };
    }

    /** The reception desk (the PM) gives out the next visitor, then finishes that reception for the consultant. */
    Script nextWalkIn(int port, String pm) {
        byte[] next = LoadGenerator.request("POST", port, "/api/leads/rotation/" + OFFICE + "/walk-ins/next", pm,
                "{\"source\":\"benchmark\"}");
        return c -> {
            LoadGenerator.Response assigned = c.send(next);
            if (assigned.status() != 200) {
                return;
            }
            String consultant = OpeningRushBenchmark.JSON.readTree(assigned.body()).path("consultant").asText();
            c.send(LoadGenerator.request("POST", port, "/api/leads/rotation/" + OFFICE + "/finish", pm,
                    "{\"consultant\":\"" + consultant + "\",\"reason\":\"benchmark\",\"outcome\":\"visited\"}"));
        };
    }

    /** An opening of a small building, open now; one unit held by a buyer. Returns that unit. */
    String heldInAnOpening(String pm, String consultant) throws Exception {
        String building = client.catalogue(pm, "已售楼", 10, 4);
        List<String> units = new ArrayList<>();
        for (int floor = 1; floor <= 10; floor++) {
            for (int number = 1; number <= 4; number++) {
                units.add(building + "-" + floor + String.format("%02d", number));
            }
        }
        Instant opensAt = Instant.now().plusSeconds(2);
        OpeningRushBenchmark.Answer opened = client.call(pm, "POST", "/api/inventory/openings", Map.of("officeId", OFFICE,
                "name", "cost benchmark", "unitIds", units, "opensAt", opensAt.toString(), "quotaPerBuyer", 2));
        OpeningRushBenchmark.require(opened.status() == 201, "opening answered " + opened.status() + " " + opened.body());
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), opensAt).toMillis() + 100));
        OpeningRushBenchmark.Answer held = client.call(consultant, "POST", "/api/inventory/units/" + units.getFirst() + "/hold",
                Map.of("dealId", "bench-winner", "buyerRef", "bench-winner"));
        OpeningRushBenchmark.require(held.status() == 200, "the first hold answered " + held.status() + " " + held.body());
        return units.getFirst();
    }

    /** Every certified consultant of the office on duty (one is not certified yet and is refused: ROT-1). */
    void checkInEveryone(List<String> consultants) {
        for (String token : consultants) {
            client.call(token, "POST", "/api/leads/rotation/" + OFFICE + "/check-in", null);
        }
    }

    // ---- measuring ----------------------------------------------------------------------------------

    Measured measure(Scenario scenario) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < scenario.connections(); i++) {
            connections.add(new Connection(scenario.port()));
        }
        try {
            System.out.printf("%n%s (%d connection%s): warming up %d s...%n", scenario.name(), scenario.connections(),
                    scenario.connections() == 1 ? "" : "s", options.warmUp().toSeconds());
            Result warm = LoadGenerator.run(connections, scenario.scripts(), options.warmUp());
            System.out.printf("  warm-up: %,.0f req/s, statuses %s%n", warm.perSecond(), warm.statuses());
            List<Run> runs = new ArrayList<>();
            for (int run = 1; run <= options.runs(); run++) {
                boolean profiling = options.profiles() != null && run == 1;
                if (profiling) {
                    recordings(scenario, "JFR.start", "settings=profile");
                }
                Map<String, Long> before = cpuNanos();
                Result result = LoadGenerator.run(connections, scenario.scripts(), options.measured());
                Map<String, Long> after = cpuNanos();
                if (profiling) {
                    recordings(scenario, "JFR.stop");
                }
                Map<String, Long> spent = new TreeMap<>();
                after.forEach((process, nanos) -> {
                    long delta = nanos - before.getOrDefault(process, 0L);
                    if (process.equals(SELF)) {
                        spent.put(LOAD, result.loadCpuNanos());
                        spent.put(STORE, delta - result.loadCpuNanos());
                    } else {
                        spent.put(process, delta);
                    }
                });
                Run measured = new Run(result, spent);
                runs.add(measured);
                System.out.printf("  run %d: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, statuses %s%s; CPU µs/request "
                        + "(idle not taken off): %s%n", run, result.perSecond(), result.percentileMillis(0.5),
                        result.percentileMillis(0.99), result.statuses(),
                        result.failures() > 0 ? ", " + result.failures() + " failed" : "",
                        cpuLine(measured.microsPerRequest(Map.of()), scenario));
            }
            return new Measured(scenario, runs);
        } finally {
            connections.forEach(Connection::close);
        }
    }

    /** Starts or stops a JFR recording (jcmd) in the scenario's gateway and service processes. */
    void recordings(Scenario scenario, String command, String... more) throws IOException, InterruptedException {
        Map<String, Long> pids = new LinkedHashMap<>(platform.pids());
        pids.putAll(floors.pids());
        Path jcmd = config.java().resolveSibling("jcmd");
        for (String process : java.util.Arrays.asList(scenario.gateway(), scenario.service())) {
            if (process == null || !pids.containsKey(process)) {
                continue;
            }
            Files.createDirectories(options.profiles());
            String file = options.profiles().resolve((scenario.name().replaceAll("[^A-Za-z0-9]+", "-") + "-"
                    + process.replace(' ', '-')) + ".jfr").toString();
            List<String> call = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pids.get(process)), command,
                    "name=bench"));
            call.addAll(List.of(more));
            if (command.equals("JFR.stop")) {
                call.add("filename=" + file);
            }
            new ProcessBuilder(call).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

    /** CPU nanoseconds per second each process spends with no request (measured before and after the scenarios). */
    private final Map<String, Double> idle = new TreeMap<>();

    Map<String, Double> idleRates(Duration window) throws InterruptedException {
        Map<String, Long> before = cpuNanos();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        Map<String, Long> after = cpuNanos();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> rates = new TreeMap<>();
        after.forEach((process, nanos) -> rates.put(process, (nanos - before.getOrDefault(process, 0L)) / seconds));
        StringBuilder line = new StringBuilder("idle CPU (ms per second; the lower of this and the other "
                + "idle measurement is taken off in the summary): ");
        rates.forEach((process, rate) -> line.append(String.format("%s %.1f, ", shortName(process), rate / 1e6)));
        System.out.println(line.substring(0, line.length() - 2));
        return rates;
    }

    static final String SELF = "benchmark JVM";
    static final String STORE = "store (benchmark JVM less its load threads)";
    static final String LOAD = "load generator";

    /** CPU nanoseconds so far of every process involved: the platform's JVMs, the floor's, this one. */
    Map<String, Long> cpuNanos() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        Map<String, Long> pids = new LinkedHashMap<>(platform.pids());
        pids.putAll(floors.pids());
        pids.forEach((name, pid) -> cpu.put(name, ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                .map(Duration::toNanos).orElse(0L)));
        cpu.put(SELF, ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L));
        return cpu;
    }

    static String cpuLine(Map<String, Double> perRequest, Scenario scenario) {
        StringBuilder line = new StringBuilder();
        perRequest.entrySet().stream().filter(e -> e.getValue() >= 1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> line.append(String.format("%s %.0f, ", shortName(e.getKey()), e.getValue())));
        return line.isEmpty() ? "-" : line.substring(0, line.length() - 2);
    }

    static String shortName(String process) {
        return process.equals(STORE) ? "store" : process;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    // ---- the summary -------------------------------------------------------------------------------

    void printSummary(List<Measured> measured, OpeningRushBenchmark.Summary rush, String loadBefore, String loadAfter) {
        System.out.println();
        System.out.println("=== CPU per request, hop by hop (median of " + options.runs() + " runs of "
                + options.measured().toSeconds() + " s; µs of CPU of each process per request answered) ===");
        System.out.printf("machine: %d cores, JDK %s; load average before %s, after %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore, loadAfter);
        System.out.println("service JVM options: " + String.join(" ", EmbeddedPlatform.jvmOptions("inventory-service")));
        System.out.printf("%-50s %5s %9s %8s %8s %9s %9s %7s %7s  %s%n", "scenario", "conn", "req/s", "p50 ms", "p99 ms",
                "gateway", "service", "store", "other", "statuses");
        for (Measured m : measured) {
            double other = m.microsPerRequest(idle).entrySet().stream()
                    .filter(e -> !e.getKey().equals(m.scenario().gateway()) && !e.getKey().equals(m.scenario().service())
                            && !e.getKey().equals(STORE) && !e.getKey().equals(LOAD))
                    .mapToDouble(Map.Entry::getValue).sum();
            System.out.printf("%-50s %5d %,9.0f %8.2f %8.2f %9s %9.0f %7.0f %7.0f  %s%s%n", m.scenario().name(),
                    m.scenario().connections(), m.perSecond(), m.p50(), m.p99(),
                    m.scenario().gateway() == null ? "-" : String.format("%.0f", micros(m, m.scenario().gateway())),
                    micros(m, m.scenario().service()), micros(m, STORE), other, m.statuses(),
                    m.failures() > 0 ? " (" + m.failures() + " failed)" : "");
        }
        System.out.println("(gateway: the gateway's process, or the bare gateway's for the floor; service: the service's; "
                + "store: the MongoDB server in the benchmark JVM; other: the rest, e.g. Kafka, consumers; the load "
                + "generator's own CPU is left out; each process's idle CPU rate is taken off)");
        Measured floorDirect = find(measured, "floor: bare webmvc");
        Measured floorGateway = find(measured, "floor: the same through");
        if (floorDirect != null && floorGateway != null) {
            double serviceFloor = micros(floorDirect, Floors.SERVICE);
            double gatewayFloor = micros(floorGateway, Floors.GATEWAY);
            double serviceAim = Math.max(100, 2 * serviceFloor);
            double gatewayAim = Math.max(150, 2 * gatewayFloor);
            System.out.printf("%nfloor per hop: service %.0f µs, gateway %.0f µs  ->  aim: service ≤ %.0f µs, gateway ≤ %.0f µs "
                    + "(≤ 100 / 150 µs or within 2× the floor, whichever is larger)%n", serviceFloor, gatewayFloor,
                    serviceAim, gatewayAim);
            Measured mvcFloor = find(measured, "floor, servlet flavour");
            if (mvcFloor != null) {
                System.out.printf("  (the servlet flavour of the gateway, server-webmvc on virtual threads, same route: %.0f µs "
                        + "of gateway CPU, %.0f µs in the webmvc behind it)%n", micros(mvcFloor, Floors.MVC_GATEWAY),
                        micros(mvcFloor, Floors.SERVICE));
            }
            Measured servletFloor = find(measured, "floor, no Spring: a plain servlet");
            Measured proxyFloor = find(measured, "floor, no Spring: through a Reactor Netty proxy");
            if (servletFloor != null && proxyFloor != null) {
                System.out.printf("  (without Spring: a plain servlet on Tomcat %.0f µs; a Reactor Netty proxy %.0f µs of "
                        + "proxy CPU in front of the webmvc)%n", micros(servletFloor, Floors.SERVLET),
                        micros(proxyFloor, Floors.NETTY_PROXY));
            }
            for (Measured m : measured) {
                if (m.scenario().gateway() != null && !m.scenario().name().startsWith("floor")) {
                    System.out.printf("  %-50s service %4.0f µs = %4.1f× floor, gateway %4.0f µs = %4.1f× floor%n",
                            m.scenario().name(), micros(m, m.scenario().service()), micros(m, m.scenario().service()) / serviceFloor,
                            micros(m, m.scenario().gateway()), micros(m, m.scenario().gateway()) / gatewayFloor);
                } else if (!m.scenario().name().startsWith("floor")) {
                    System.out.printf("  %-50s service %4.0f µs = %4.1f× floor%n", m.scenario().name(),
                            micros(m, m.scenario().service()), micros(m, m.scenario().service()) / serviceFloor);
                }
            }
        }
        if (rush != null) {
            System.out.printf("%nopening rush through the gateway: %.2f s (%,.0f attempts/s), p50 %.0f ms, p99 %.0f ms; "
                    + "raw conditional updates of the same store %,.0f /s -> %.1f%% of the raw rate; straight to "
                    + "inventory-service %.2f s; units held %d, held twice %d%n", rush.seconds(), rush.rushPerSecond(),
                    rush.p50Millis(), rush.p99Millis(), rush.rawPerSecond(), 100 * rush.shareOfRaw(), rush.directSeconds(),
                    rush.unitsHeld(), rush.heldTwice());
            System.out.println("  " + OpeningRushBenchmark.cpuLine(rush.cpu()));
        }
    }

    /** A process's median µs per request in a scenario, idle taken off (0 for none). */
    double micros(Measured measured, String process) {
        return process == null ? 0 : measured.microsPerRequest(idle).getOrDefault(process, 0.0);
    }

    static Measured find(List<Measured> measured, String prefix) {
        return measured.stream().filter(m -> m.scenario().name().startsWith(prefix)).findFirst().orElse(null);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceFirst("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "?";
        }
    }

    // ---- the floor's two JVMs ----------------------------------------------------------------------

    /** The bare webmvc service and the bare gateway in front of it, as JVMs started from this classpath. */
    static final class Floors implements AutoCloseable {

        static final String SERVICE = "floor webmvc";
        static final String GATEWAY = "floor gateway";
        static final String MVC_GATEWAY = "floor servlet gateway";
        static final String SERVLET = "floor plain servlet";
        static final String NETTY_PROXY = "floor netty proxy";

        private final int servicePort;
        private final int gatewayPort;
        private final int mvcGatewayPort;
        private final int servletPort;
        private final int nettyProxyPort;
        private final Map<String, Process> processes = new LinkedHashMap<>();

        private Floors(int servicePort, int gatewayPort, int mvcGatewayPort, int servletPort, int nettyProxyPort) {
            this.servicePort = servicePort;
            this.gatewayPort = gatewayPort;
            this.mvcGatewayPort = mvcGatewayPort;
            this.servletPort = servletPort;
            this.nettyProxyPort = nettyProxyPort;
        }

        static Floors start(PlatformConfig config) throws Exception {
            int offset = config.portOffset();
            Floors floors = new Floors(8090 + offset, 8091 + offset, 8092 + offset, 8093 + offset, 8094 + offset);
            try {
                floors.launch(config, SERVICE, List.of("service", String.valueOf(floors.servicePort)));
                floors.launch(config, GATEWAY, List.of("gateway", String.valueOf(floors.gatewayPort),
                        String.valueOf(floors.servicePort)));
                floors.launch(config, MVC_GATEWAY, List.of("mvc-gateway", String.valueOf(floors.mvcGatewayPort),
                        String.valueOf(floors.servicePort)));
                floors.awaitUp(floors.servicePort);
                floors.awaitUp(floors.gatewayPort);
                floors.launch(config, SERVLET, List.of("servlet", String.valueOf(floors.servletPort)));
                floors.launch(config, NETTY_PROXY, List.of("netty-proxy", String.valueOf(floors.nettyProxyPort),
                        String.valueOf(floors.servicePort)));
                floors.awaitUp(floors.mvcGatewayPort);
                floors.awaitUp(floors.servletPort);
                floors.awaitUp(floors.nettyProxyPort);
                System.out.printf("floor: bare webmvc on port %d, bare gateway on port %d, bare servlet gateway on port %d%n",
                        floors.servicePort, floors.gatewayPort, floors.mvcGatewayPort);
                return floors;
            } catch (Exception e) {
                floors.close();
                throw e;
            }
        }

        private void launch(PlatformConfig config, String name, List<String> arguments) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(config.java().toString());
            command.addAll(EmbeddedPlatform.jvmOptions(name.replace(' ', '-')));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), FloorApps.class.getName()));
            command.addAll(arguments);
            Path log = config.logs().resolve(name.replace(' ', '-') + ".log");
            processes.put(name, new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
        }

        private void awaitUp(int port) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/floor/ping")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                if (processes.values().stream().anyMatch(p -> !p.isAlive())) {
                    throw new IllegalStateException("a floor application exited; see var/logs/floor-*.log");
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("the floor on port " + port + " did not answer within 120 s");
        }

        int servicePort() {
            return servicePort;
        }

        int gatewayPort() {
            return gatewayPort;
        }

        int mvcGatewayPort() {
            return mvcGatewayPort;
        }

        int servletPort() {
            return servletPort;
        }

        int nettyProxyPort() {
            return nettyProxyPort;
        }

        Map<String, Long> pids() {
            Map<String, Long> pids = new LinkedHashMap<>();
            processes.forEach((name, process) -> pids.put(name, process.pid()));
            return pids;
        }

        @Override
        public void close() {
            processes.values().forEach(Process::destroy);
            for (Process process : processes.values()) {
                try {
                    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
