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
        PlatformConfig config;
        boolean exitWhenReady;
        java.nio.channels.FileLock dataFolder;
        try {
            Options options = Options.parse(args);
            exitWhenReady = options.exitWhenReady();
            config = options.config(Path.of(ProcessHandle.current().info().command().orElse("java")));
            LaunchChecks.portsInRange(config);
            dataFolder = LaunchChecks.takeDataFolder(config.var());
            LaunchChecks.portsFree(config);
        } catch (LaunchChecks.Refused e) {
            System.err.println("anchang: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status = run(config, exitWhenReady, System.out);
        dataFolder.release();
        System.exit(status);
    }

    /** The command line, each mistake refused in one line naming it. */
    record Options(Path home, Path var, int offset, boolean demo, boolean exitWhenReady, String clock) {

        static Options parse(String[] args) {
            Path home = Path.of(".");
            Path var = null;
            int offset = 0;
            boolean demo = true;
            boolean exitWhenReady = false;
            String clock = null;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--clock" -> clock = value(args, ++i, option);
                    case "--home" -> home = Path.of(value(args, ++i, option));
                    case "--var" -> var = Path.of(value(args, ++i, option));
                    case "--port-offset" -> {
                        String given = value(args, ++i, option);
                        try {
                            offset = Integer.parseInt(given);
                        } catch (NumberFormatException e) {
                            throw new LaunchChecks.Refused("--port-offset takes a whole number (e.g. 10000), not '" + given + "'");
                        }
                    }
                    case "--no-demo" -> demo = false;
                    case "--exit-when-ready" -> exitWhenReady = true;
                    default -> throw new LaunchChecks.Refused("unknown option " + option + " (options: --home, --var,"
                            + " --port-offset, --no-demo, --exit-when-ready, --clock)");
                }
            }
            if (clock != null) {
                try {
                    SimulatedTime.parse(clock);
                } catch (IllegalArgumentException e) {
                    throw new LaunchChecks.Refused(e.getMessage());
                }
            }
            return new Options(home.toAbsolutePath().normalize(), var, offset, demo, exitWhenReady, clock);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new LaunchChecks.Refused(option + " needs a value");
            }
            return args[i];
        }

        PlatformConfig config(Path java) {
            return new PlatformConfig(home, var == null ? home.resolve("var") : var.toAbsolutePath(), offset, demo, java)
                    .withClock(clock);
        }
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
        } catch (Exception e) {
            // e.g. a damaged store file or settings file in the data folder
            out.println();
            out.println("FAILED: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            out.println("The data in " + config.var() + " may be damaged: ./anchang wipe deletes it (all embedded data"
                    + " and logs), or start with --var <another folder>. Everything that had started was stopped.");
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
