package com.anchang.support.clock;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The simulated time of a whole platform, kept in one small file (ADR 11): the simulated instant the
 * platform's clocks read at one real instant. The launcher writes it at a start, the gateway after
 * every move; each process reads it as it starts, so a service started or restarted later resumes at
 * the platform's time instead of going back to the start.
 *
 * @param simulated what the clocks read at {@code real}
 * @param real the machine's time at that reading
 */
public record ClockState(Instant simulated, Instant real) {

    /** The state in {@code file}, if there is one. */
    public static Optional<ClockState> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the platform's simulated time from " + file, e);
        }
        String simulated = properties.getProperty("simulated");
        String real = properties.getProperty("real");
        if (simulated == null || real == null) {
            throw new IllegalStateException(file + " holds no simulated time (simulated=..., real=...)");
        }
        return Optional.of(new ClockState(Instant.parse(simulated), Instant.parse(real)));
    }

    /** Writes the state to {@code file} in one step (a reader sees the old state or the new one, never half). */
    public void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("simulated", simulated.toString());
        properties.setProperty("real", real.toString());
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path next = Files.createTempFile(dir, file.getFileName().toString(), ".next");
            try (Writer out = Files.newBufferedWriter(next)) {
                properties.store(out, "the platform's simulated clock (ADR 11): it read 'simulated' at the real instant 'real'");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the platform's simulated time to " + file, e);
        }
    }

    /** The clock this state describes, as read at the machine's instant {@code realNow}. */
    public SimulatedClock clockAt(Instant realNow) {
        return SimulatedClock.continuing(simulated, real, realNow);
    }
}
