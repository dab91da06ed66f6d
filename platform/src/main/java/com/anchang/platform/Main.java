package com.anchang.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./anchang run}: starts the whole platform on its embedded default, loads the demo data once,
 * prints where everything is, and stops everything on Ctrl-C.
 *
 * <pre>
 * options: --home DIR (repository root, default .)  --var DIR (data and logs, default HOME/var)
 *          --port-offset N (added to every port)      --no-demo      --exit-when-ready (print figures, stop)
 *          --clock INSTANT (a simulated platform clock starting then, e.g. 2026-03-02T09:00+08:00; ADR 11)
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(".");
        Path var = null;
        int offset = 0;
        boolean demo = true;
        boolean exitWhenReady = false;
        String clock = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clock" -> clock = args[++i];
                case "--home" -> home = Path.of(args[++i]);
                case "--var" -> var = Path.of(args[++i]);
                case "--port-offset" -> offset = Integer.parseInt(args[++i]);
                case "--no-demo" -> demo = false;
                case "--exit-when-ready" -> exitWhenReady = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        home = home.toAbsolutePath().normalize();
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        if (clock != null) {
            try {
                SimulatedTime.parse(clock);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
        }
        PlatformConfig config = new PlatformConfig(home, var == null ? home.resolve("var") : var.toAbsolutePath(),
                offset, demo, java).withClock(clock);
        System.exit(run(config, exitWhenReady, System.out));
    }

    static int run(PlatformConfig config, boolean exitWhenReady, PrintStream out) throws Exception {
        out.println("Anchang — starting the embedded platform (data and logs in " + config.var() + ")");
        long started = System.nanoTime();
        EmbeddedPlatform platform;
        try {
            platform = EmbeddedPlatform.start(config, out);
        } catch (EmbeddedPlatform.StartupException e) {
            out.println();
            out.println("FAILED: " + e.getMessage());
            out.println("---- last lines of its log (" + config.logs() + ") ----");
            e.lastLines().forEach(line -> out.println("  " + line));
            out.println("Everything that had started was stopped.");
            return 1;
        }
        double readySeconds = (System.nanoTime() - started) / 1e9;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the platform...");
            platform.close();
            out.println("Stopped.");
            stopped.countDown();
        }, "anchang-shutdown"));

        DemoData demo = new DemoData();
        if (config.loadDemoData()) {
            List<String> buildings = demo.loadOnce(config, platform.secrets());
            out.println(buildings.isEmpty() ? "Demo data: already loaded (kept from an earlier run)."
                    : "Demo data: loaded (buildings " + String.join(", ", buildings) + ").");
        }

        out.println();
        out.printf("%-22s %-6s %-12s %-8s %s%n", "PROCESS", "PORT", "HEALTH", "PID", "RSS");
        for (String[] row : platform.statusTable()) {
            out.printf("%-22s %-6s %-12s %-8s %s%n", (Object[]) row);
        }
        double training = platform.cachePreparationSeconds();
        out.printf("%nReady in %.1f s%s; all processes together %d MiB resident.%n", readySeconds - training,
                training > 0 ? String.format(" (plus %.1f s making start-up caches, once after a build)", training) : "",
                platform.totalRssKib() / 1024);
        out.println("Office web app: " + config.gatewayUrl() + "/app/   (phone-first; sign in with a demo user below)");
        out.println("Gateway: " + config.gatewayUrl() + "   (sign in at " + config.gatewayUrl() + "/sign-in; every /api/** call"
                + " needs the access token; API docs at " + config.gatewayUrl() + "/docs/inventory/v3/api-docs)");
        if (platform.simulatedClock()) {
            out.println("Simulated clock (ADR 11): business time is simulated; read it with ./anchang clock, move it with"
                    + " ./anchang clock advance 7d or ./anchang clock set <instant> (platform administrator).");
        }
        if (config.loadDemoData()) {
            out.println();
            out.println("Demo users, password " + DemoData.DEMO_PASSWORD + " (POST /auth/sign-in at the gateway)."
                    + " Administrator: see " + config.var().resolve("secrets.properties") + ".");
            out.printf("  %-16s %-10s %-28s %s%n", "USER", "NAME", "ROLE", "OFFICE / DEVELOPER");
            for (DemoData.Login login : demo.logins()) {
                out.printf("  %-16s %-10s %-28s %s%n", login.username(), login.name(), login.role(), login.office());
            }
        }
        if (exitWhenReady) {
            return 0;
        }
        out.println();
        out.println("Press Ctrl-C to stop everything.");
        stopped.await();
        return 0;
    }
}
