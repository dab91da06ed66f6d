package com.anchang.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The launcher's side of the simulated platform clock (ADR 11): the state file {@code var/clock.properties}
 * — the simulated instant the platform's clocks read at one real instant, {@code simulated=} and
 * {@code real=}, the format support's {@code ClockState} reads — which every service reads as it starts
 * and the gateway rewrites after every move. Once a var/ folder runs on a simulated clock it keeps
 * running on it: its data carries simulated times, and time never goes back.
 */
final class SimulatedTime {

    private SimulatedTime() {
    }

    /** An instant as people write it, {@code 2026-03-02T09:00+08:00} or {@code 2026-03-02T01:00:00Z}. */
    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--clock takes an instant with its offset, such as 2026-03-02T09:00+08:00, not '"
                    + text + "'");
        }
    }

    /**
     * Decides, before the services start, whether this start runs on a simulated clock and where it stands:
     * a {@code --clock} start is written to the state file, unless the platform in var/ is already past it
     * (then it goes on from its own time); without {@code --clock} a state file left by an earlier start
     * goes on. Returns the simulated time now, or empty for the real clock.
     */
    static Optional<Instant> prepare(PlatformConfig config, java.io.PrintStream out) throws IOException {
        Path file = config.clockFile();
        Optional<Instant> existing = now(file);
        if (config.clockStart() == null) {
            existing.ifPresent(now -> out.println("  simulated clock: " + config.var() + " runs on one; it goes on at " + now
                    + " (./anchang wipe to return to the real clock)"));
            return existing;
        }
        Instant start = parse(config.clockStart());
        if (existing.isPresent() && existing.get().isAfter(start)) {
            out.println("  simulated clock: the platform in " + config.var() + " is already at " + existing.get()
                    + ", past --clock " + config.clockStart() + "; it goes on from there (time never goes back;"
                    + " ./anchang wipe to start over)");
            return existing;
        }
        write(file, start, Instant.now());
        out.println("  simulated clock: starting at " + start + " (" + config.clockStart() + ")");
        return Optional.of(start);
    }

    /** The simulated time now by the state file, if there is one. */
    static Optional<Instant> now(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            state.load(in);
        }
        Duration since = Duration.between(Instant.parse(state.getProperty("real")), Instant.now());
        Instant simulated = Instant.parse(state.getProperty("simulated"));
        return Optional.of(since.isNegative() ? simulated : simulated.plus(since));
    }

    private static void write(Path file, Instant simulated, Instant real) throws IOException {
        Properties state = new Properties();
        state.setProperty("simulated", simulated.toString());
        state.setProperty("real", real.toString());
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (Writer out = Files.newBufferedWriter(next)) {
            state.store(out, "the platform's simulated clock (ADR 11): it read 'simulated' at the real instant 'real'");
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
