package com.anchang.platform;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVStore;

/**
 * The whole platform on one machine: a real Kafka broker (KRaft) as its own JVM, the in-process
 * MongoDB wire-protocol server with its H2 file backend (reached by every service over TCP with the
 * real driver), and every service as its own JVM. {@link #start} returns when all of it is ready.
 */
public final class EmbeddedPlatform implements AutoCloseable {

    /** How long a process may take to be ready: 120 s, or the system property {@code anchang.platform.ready-timeout} (seconds). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("anchang.platform.ready-timeout", 120));

    private final PlatformConfig config;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Small heaps and a quick JIT: eight JVMs share two cores and a few GiB. */
    private static final List<String> JVM_FLAGS = List.of("-Xms32m", "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "--enable-native-access=ALL-UNNAMED");

    private final Map<String, ManagedProcess> services = new LinkedHashMap<>();
    private final StartupCache cache;
    private volatile MongoServer mongo;
    private ManagedProcess kafka;
    /** The linked service's links to the store and the broker (issue 17's network faults), when the config asks for them. */
    private LinkProxy storeLink;
    private LinkProxy brokerLink;
    private volatile boolean stopped;
    private double cachePreparationSeconds;
    private PlatformSecrets secrets;
    /** The simulated time at start (ADR 11), or empty on the real clock. */
    private Optional<Instant> simulatedClock = Optional.empty();

    private EmbeddedPlatform(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.cache = new StartupCache(config, out);
    }

    /** Starts everything and waits until every service is ready; on failure stops what started and throws. */
    public static EmbeddedPlatform start(PlatformConfig config, PrintStream out) throws Exception {
        try {
            return startOnce(config, out);
        } catch (StartupException e) {
            if (!e.portTaken()) {
                throw e;
            }
            // the ports were free when the launcher checked them, then one was taken as the local end of an outgoing
            // connection (a port offset puts the platform's ports in the system's ephemeral range, 32768-60999): with
            // everything stopped, the connections that hold it are gone, and a second start picks other local ends
            out.printf("  %s found its port taken by another connection; starting everything again%n", e.process());
            return startOnce(config, out);
        }
    }

    private static EmbeddedPlatform startOnce(PlatformConfig config, PrintStream out) throws Exception {
        EmbeddedPlatform platform = new EmbeddedPlatform(config, out);
        try {
            platform.startAll();
            return platform;
        } catch (Exception e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        for (PlatformConfig.Service service : PlatformConfig.SERVICES) {
            Path jar = config.jar(service);
            if (!Files.isRegularFile(jar)) {
                throw new StartupException(service.name(), "its jar " + jar + " is missing: build first (./anchang run builds it)", List.of());
            }
        }
        Files.createDirectories(config.logs());
        Files.createDirectories(config.var().resolve("mongo"));
        secrets = PlatformSecrets.loadOrCreate(config.var());
        simulatedClock = SimulatedTime.prepare(config, out);

        // H2's default page cache (16 MB) holds the index pages of a few ten thousand documents; past that
        // every look-up deserializes index pages again (a lead registration at 100,000 leads paid for it)
        startStore();
        out.printf("  mongo (in-process, H2 file)   on port %d%n", config.mongoPort());

        if (config.linkedService() != null) {
            storeLink = LinkProxy.open(config.linkedService() + "-store-link", config.storeLinkPort(),
                    new InetSocketAddress("127.0.0.1", config.mongoPort()));
            brokerLink = LinkProxy.open(config.linkedService() + "-broker-link", config.brokerLinkPort(),
                    new InetSocketAddress("127.0.0.1", config.linkedListenerPort()));
            out.printf("  %s reaches the store through port %d, the broker through port %d%n", config.linkedService(),
                    storeLink.port(), brokerLink.port());
        }
        kafka = new KafkaBroker(config).start();
        cachePreparationSeconds = cache.prepare(PlatformConfig.SERVICES, JVM_FLAGS, this::arguments, this::environment);
        // the services start while the broker comes up: their clients connect when it is there
        for (PlatformConfig.Service service : PlatformConfig.SERVICES) {
            services.put(service.name(), startService(service));
        }
        awaitPort("kafka", kafka, config.kafkaPort(), READY_TIMEOUT); // as long as a service may take: on two busy cores it can take over a minute
        out.printf("  kafka (KRaft, pid %d)        on port %d%n", kafka.pid(), config.kafkaPort());
        for (PlatformConfig.Service service : PlatformConfig.SERVICES) {
            awaitReady(service);
        }
    }

    /**
     * Opens the store's file and listens on its port (at start, and again after {@link #stopStore}); what was
     * written before a stop is read back from the file.
     */
    public synchronized void startStore() {
        MVStore store = new MVStore.Builder().fileName(config.var().resolve("mongo").resolve("anchang.mv").toString())
                .cacheSize(Integer.getInteger("anchang.platform.store-cache-mb", 128)).open();
        mongo = new MongoServer(new H2Backend(store));
        mongo.bind("127.0.0.1", config.mongoPort());
    }

    /**
     * Stops the store's server as its process ending would: every connection closed at once, the port refused
     * until {@link #startStore} (issue 17's faults). The file is closed cleanly, as the embedded store has no
     * other process to crash.
     */
    public synchronized void stopStore() {
        if (mongo != null) {
            mongo.shutdownNow();
            mongo = null;
        }
    }

    /** kill -9 of one service, as a crash would end it: no graceful stop, no shutdown hook (issue 17's faults). */
    public void killService(String name) {
        services.get(name).kill();
    }

    /** kill -9 of the Kafka broker (issue 17's faults); {@link #startBroker} starts it again on its own data. */
    public synchronized void killBroker() {
        kafka.kill();
    }

    /** Starts the broker again after {@link #killBroker} and waits for its port. */
    public void startBroker() throws Exception {
        ManagedProcess broker = new KafkaBroker(config).start();
        synchronized (this) {
            kafka = broker;
        }
        awaitPort("kafka", broker, config.kafkaPort(), READY_TIMEOUT);
    }

    /** The linked service's link to the store ({@link PlatformConfig#withLinksThroughProxies}), to cut or slow. */
    public LinkProxy storeLink() {
        return link(storeLink);
    }

    /** The linked service's link to the broker ({@link PlatformConfig#withLinksThroughProxies}), to cut or slow. */
    public LinkProxy brokerLink() {
        return link(brokerLink);
    }

    private LinkProxy link(LinkProxy link) {
        if (link == null) {
            throw new IllegalStateException("no service's links pass through proxies: see PlatformConfig.withLinksThroughProxies");
        }
        return link;
    }

    /** Starts one service's JVM (used at start and to restart a service that was stopped). */
    ManagedProcess startService(PlatformConfig.Service service) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(config.java().toString());
        command.addAll(JVM_FLAGS);
        command.addAll(extraOptions(service));
        command.addAll(cache.launch(service, command.subList(1, command.size())));
        command.addAll(arguments(service));
        command.add("--server.port=" + config.port(service));
        return ManagedProcess.start(service.name(), command, environment(service), config.home(),
                config.logs().resolve(service.name() + ".log"));
    }

    /**
     * JVM options added after the defaults (the last of a flag wins), from the system property
     * {@code anchang.platform.jvm-options} for every service and {@code anchang.platform.jvm-options.<service>}
     * for one, space-separated: e.g. {@code -XX:TieredStopAtLevel=4} to measure throughput with the C2
     * compiler instead of the quick start-up default, or a {@code -XX:StartFlightRecording=...} to profile.
     */
    static List<String> extraOptions(PlatformConfig.Service service) {
        List<String> options = new ArrayList<>();
        for (String key : List.of("anchang.platform.jvm-options", "anchang.platform.jvm-options." + service.name())) {
            String value = System.getProperty(key, "").strip();
            if (!value.isEmpty()) {
                options.addAll(List.of(value.split("\\s+")));
            }
        }
        return options;
    }

    /** Secrets reach a service through its environment, never its command line (which is logged and visible in ps). */
    private java.util.Map<String, String> environment(PlatformConfig.Service service) {
        if (service.name().equals("gateway")) {
            return java.util.Map.of("ANCHANG_GATEWAY_CLIENTSECRET", secrets.gatewayClientSecret());
        }
        if (!service.name().equals("identity-service")) {
            return java.util.Map.of();
        }
        return java.util.Map.of(
                "IDENTITY_CLIENTS_GATEWAY_SECRET", secrets.gatewayClientSecret(),
                "IDENTITY_BOOTSTRAP_ADMINUSERNAME", secrets.adminUsername(),
                "IDENTITY_BOOTSTRAP_ADMINPASSWORD", secrets.adminPassword());
    }

    /** The service's settings on the embedded default: where the broker, its database and its peers are. */
    private List<String> arguments(PlatformConfig.Service service) {
        List<String> command = new ArrayList<>();
        boolean linked = service.name().equals(config.linkedService());
        command.add("--spring.kafka.bootstrap-servers=" + (linked ? "127.0.0.1:" + config.brokerLinkPort() : "localhost:" + config.kafkaPort()));
        // one instance of each service here, so a static member of its consumer group: a service killed and
        // started again takes its partitions back at once, instead of waiting for the broker to give up on the
        // old member (the session timeout, 45 s) before anything of its topics is consumed (issue 17)
        command.add("--spring.kafka.consumer.properties.group.instance.id=" + service.name() + "-embedded");
        if (service.database() != null) {
            command.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + (linked ? config.storeLinkPort() : config.mongoPort())
                    + "/" + service.database());
            command.add("--anchang.mongo.embedded=true");
        }
        for (PlatformConfig.Service other : PlatformConfig.SERVICES) {
            String url = "http://localhost:" + config.port(other);
            if (service.name().equals("gateway") && !other.name().equals("gateway")) {
                command.add("--anchang.services." + other.name().replace("-service", "") + "=" + url);
            }
            if (service.name().equals("transaction-service") && other.name().equals("inventory-service")) {
                command.add("--transaction.inventory.url=" + url);
            }
        }
        if (simulatedClock.isPresent()) {
            // every process reads the platform's time from the state file as it starts (ADR 11)
            command.add("--anchang.clock.simulated=true");
            command.add("--anchang.clock.state-file=" + config.clockFile().toAbsolutePath());
        }
        command.addAll(config.serviceArguments().getOrDefault(service.name(), List.of()));
        if (service.name().equals("identity-service")) {
            command.add("--identity.issuer=" + config.identityUrl());
        } else {
            // every other process checks tokens against it (keys fetched from <issuer>/oauth2/jwks on first use)
            command.add("--anchang.security.issuer=" + config.identityUrl());
        }
        return command;
    }

    /** Stops one service (as a crash or a deploy would) — the rest of the platform keeps running. */
    public void stopService(String name) {
        ManagedProcess process = services.get(name);
        process.requestStop();
        process.awaitStop(20);
    }

    /**
     * Starts a stopped service again and waits until it is ready. Its port may have been taken meanwhile as the local
     * end of some outgoing connection (a port offset puts the platform's ports in the system's ephemeral range, and a
     * killed service leaves its port free for seconds): then the start waits until that connection has let the port
     * go and tries again, at most three times (issue 17's fault run lost commission-service so).
     */
    public void restartService(String name) throws Exception {
        PlatformConfig.Service service = service(name);
        for (int attempt = 1; ; attempt++) {
            services.put(name, startService(service));
            try {
                awaitReady(service);
                return;
            } catch (StartupException e) {
                if (!e.portTaken() || attempt == 3 || !awaitPortFree(config.port(service), READY_TIMEOUT)) {
                    throw e;
                }
                out.printf("  %s found its port %d taken by another connection; starting it again now that it is free%n",
                        name, config.port(service));
            }
        }
    }

    /** Whether a server could listen on the port (on every address, as a service does) within the time. */
    static boolean awaitPortFree(int port, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.bind(new InetSocketAddress(port));
                return true;
            } catch (IOException inUse) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(250);
            }
        }
    }

    private void awaitReady(PlatformConfig.Service service) throws Exception {
        ManagedProcess process = services.get(service.name());
        URI readiness = URI.create("http://localhost:" + config.port(service) + "/actuator/health/readiness");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartupException(service.name(), "its process exited", process.tail(40));
            }
            if (status(readiness) == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new StartupException(service.name(), "it was not ready within " + READY_TIMEOUT.toSeconds() + " s",
                process.tail(40));
    }

    private void awaitPort(String name, ManagedProcess process, int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartupException(name, "its process exited", process.tail(40));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new StartupException(name, "port " + port + " did not open within " + timeout.toSeconds() + " s", process.tail(40));
    }

    int status(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** One row per process: name, port, health, pid, resident memory. */
    public List<String[]> statusTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"mongo (in-process)", String.valueOf(config.mongoPort()), mongo != null ? "UP" : "DOWN",
                String.valueOf(ProcessHandle.current().pid()), mib(ManagedProcess.rssKib(ProcessHandle.current().pid()))});
        rows.add(new String[] {"kafka", String.valueOf(config.kafkaPort()), kafka.isAlive() ? "UP" : "DOWN",
                String.valueOf(kafka.pid()), mib(kafka.rssKib())});
        for (PlatformConfig.Service service : PlatformConfig.SERVICES) {
            ManagedProcess process = services.get(service.name());
            int status = status(URI.create("http://localhost:" + config.port(service) + "/actuator/health"));
            rows.add(new String[] {service.name(), String.valueOf(config.port(service)),
                    status == 200 ? "UP" : status == 0 ? "DOWN" : "DOWN (" + status + ")",
                    String.valueOf(process.pid()), mib(process.rssKib())});
        }
        return rows;
    }

    /** The process id of every process of the platform started as its own JVM, by name (the broker as "kafka"). */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (kafka != null) {
            pids.put("kafka", kafka.pid());
        }
        services.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    /** The JVM options a service of the platform starts with (the defaults, then the ones added by system property). */
    public static List<String> jvmOptions(String service) {
        List<String> options = new ArrayList<>(JVM_FLAGS);
        options.addAll(extraOptions(new PlatformConfig.Service(service, 0, null)));
        return options;
    }

    /** Resident memory of every process of the platform together, in KiB. */
    public long totalRssKib() {
        long total = ManagedProcess.rssKib(ProcessHandle.current().pid()) + kafka.rssKib();
        for (ManagedProcess process : services.values()) {
            total += process.rssKib();
        }
        return total;
    }

    private static String mib(long kib) {
        return kib == 0 ? "?" : (kib / 1024) + " MiB";
    }

    /** Seconds this start spent making start-up caches (0 when they were current). */
    public double cachePreparationSeconds() {
        return cachePreparationSeconds;
    }

    /** Whether the platform runs on a simulated clock (ADR 11). */
    public boolean simulatedClock() {
        return simulatedClock.isPresent();
    }

    public PlatformSecrets secrets() {
        return secrets;
    }

    public PlatformConfig config() {
        return config;
    }


    private static PlatformConfig.Service service(String name) {
        return PlatformConfig.SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** Stops the services (gracefully, in parallel), then the broker, then the store. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        services.values().forEach(ManagedProcess::requestStop);
        services.values().forEach(process -> process.awaitStop(20));
        if (kafka != null) {
            kafka.requestStop();
            kafka.awaitStop(30);
        }
        if (mongo != null) {
            mongo.shutdown();
        }
        if (storeLink != null) {
            storeLink.close();
            brokerLink.close();
        }
    }

    /** A process that did not come up: which one, why, and its last log lines. */
    public static final class StartupException extends Exception {

        private final String process;
        private final List<String> lastLines;

        StartupException(String process, String reason, List<String> lastLines) {
            super(process + " did not come up: " + reason);
            this.process = process;
            this.lastLines = lastLines;
        }

        public String process() {
            return process;
        }

        public List<String> lastLines() {
            return lastLines;
        }

        /** Whether the process ended because its port was in use ("Port 38080 was already in use", "Address already in use"). */
        public boolean portTaken() {
            return lastLines.stream().anyMatch(line -> line.contains("already in use"));
        }
    }
}
