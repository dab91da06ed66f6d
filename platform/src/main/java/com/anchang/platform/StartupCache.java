package com.anchang.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Start-up caches of the service JVMs, so the platform is ready fast on two cores. On JDK 25+ an AOT
 * cache (JEP 483/514: classes loaded and linked ahead of time), on JDK 21–24 a CDS archive, each made
 * by one training run of the service (extracted jar, {@code spring.context.exit=onRefresh}) and kept
 * in {@code <module>/target/aot} until the jar changes. If training fails the service simply starts
 * from its jar without a cache.
 */
final class StartupCache {

    private final PlatformConfig config;
    private final PrintStream out;
    private final int javaFeature = Runtime.version().feature();

    StartupCache(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /**
     * The JVM arguments that launch a service: with its cache when one is ready, else from its jar.
     *
     * @param options the JVM options before them (the platform's defaults, then any added ones)
     */
    List<String> launch(PlatformConfig.Service service, List<String> options) {
        Path dir = dir(service);
        if (!isCurrent(service)) {
            return List.of("-jar", config.jar(service).toString());
        }
        List<String> launch = new ArrayList<>();
        launch.add(cacheOption(dir.resolve(cacheFile(service)), false));
        if (javaFeature >= 25 && compilesWithC2(options) && !Boolean.getBoolean("anchang.platform.aot-replay-always")) {
            // The cache's training run compiles with C1 only (the platform's default flags) and the cache records
            // what it compiled; a JVM that replays that training compiles those methods at C1's level for good,
            // so a C2 JVM stayed ~40% slower per request once warm (issue 18, ADR 12). Such a JVM keeps the
            // cache's loaded and linked classes (the start-up gain) and compiles from its own profiles.
            // -Danchang.platform.aot-replay-always=true replays it anyway (to compare the two).
            launch.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"));
        }
        launch.addAll(List.of("-jar", extractedJar(service).toString()));
        return launch;
    }

    /** Whether these JVM options leave C2 on (the last -XX:TieredStopAtLevel wins; the JVM's default is 4). */
    static boolean compilesWithC2(List<String> options) {
        String level = "4";
        for (String option : options) {
            if (option.startsWith("-XX:TieredStopAtLevel=")) {
                level = option.substring("-XX:TieredStopAtLevel=".length());
            }
        }
        return level.equals("4");
    }

    /** Trains the caches that are missing or stale, a core's worth at a time. */
    /** @return the seconds spent training (0 when every cache was current) */
    double prepare(List<PlatformConfig.Service> services, List<String> jvmFlags,
            Function<PlatformConfig.Service, List<String>> appArgs,
            Function<PlatformConfig.Service, java.util.Map<String, String>> appEnvironment) throws InterruptedException {
        List<PlatformConfig.Service> stale = services.stream().filter(s -> !isCurrent(s)).toList();
        if (stale.isEmpty()) {
            return 0;
        }
        out.printf("  preparing start-up caches for %d service(s) (once after each build)...%n", stale.size());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> trainings = new ArrayList<>();
            for (PlatformConfig.Service service : stale) {
                trainings.add(pool.submit(() -> {
                    train(service, jvmFlags, appArgs.apply(service), appEnvironment.apply(service));
                    return null;
                }));
            }
            for (Future<?> training : trainings) {
                try {
                    training.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    out.println("  start-up cache not made (the service starts without it): " + e.getCause().getMessage());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("  start-up caches ready in %.1f s%n", seconds);
        return seconds;
    }

    private void train(PlatformConfig.Service service, List<String> jvmFlags, List<String> appArgs,
            java.util.Map<String, String> environment) throws Exception {
        Path dir = dir(service);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Path log = config.logs().resolve(service.name() + "-training.log");
        ManagedProcess extract = ManagedProcess.start(service.name() + "-extract", List.of(config.java().toString(),
                "-Djarmode=tools", "-jar", config.jar(service).toString(), "extract", "--destination", dir.resolve("app").toString()),
                config.home(), log);
        extract.awaitStop(120);
        if (!Files.isRegularFile(extractedJar(service))) {
            throw new IOException(service.name() + ": extracting the jar failed, see " + log);
        }
        List<String> command = new ArrayList<>();
        command.add(config.java().toString());
        command.addAll(jvmFlags);
        command.add(cacheOption(dir.resolve(cacheFile(service)), true));
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-jar");
        command.add(extractedJar(service).toString());
        command.addAll(appArgs);
        command.add("--server.port=0");
        ManagedProcess training = ManagedProcess.start(service.name() + "-training", command, environment,
                config.home(), log);
        training.awaitStop(300);
        if (!Files.isRegularFile(dir.resolve(cacheFile(service)))) {
            throw new IOException(service.name() + ": the training run made no cache, see " + log);
        }
        Files.writeString(dir.resolve("stamp"), stamp(service));
    }

    private String cacheOption(Path cache, boolean create) {
        if (javaFeature >= 25) {
            return (create ? "-XX:AOTCacheOutput=" : "-XX:AOTCache=") + cache;
        }
        return (create ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + cache;
    }

    private String cacheFile(PlatformConfig.Service service) {
        return service.name() + (javaFeature >= 25 ? ".aot" : ".jsa");
    }

    private boolean isCurrent(PlatformConfig.Service service) {
        Path dir = dir(service);
        try {
            return Files.isRegularFile(dir.resolve(cacheFile(service))) && Files.isRegularFile(extractedJar(service))
                    && Files.readString(dir.resolve("stamp")).equals(stamp(service));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the cache was made from: the jar (its content, as builds are reproducible and every build makes
     * the jars anew) and the JVM that made it.
     */
    private String stamp(PlatformConfig.Service service) throws IOException {
        Path jar = config.jar(service);
        return Files.size(jar) + " " + sha256(jar) + " " + Runtime.version() + " " + config.java();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path dir(PlatformConfig.Service service) {
        return config.home().resolve(service.name()).resolve("target").resolve("aot").toAbsolutePath();
    }

    private Path extractedJar(PlatformConfig.Service service) {
        return dir(service).resolve("app").resolve(service.name() + ".jar");
    }


    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
