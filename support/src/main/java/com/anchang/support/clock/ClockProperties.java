package com.anchang.support.clock;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulated platform clock (ADR 11). Nothing here is set in a real deployment: a service starts on
 * the machine's clock unless {@code simulated} is true, and refuses to start when any other of these
 * settings is present without it ({@link SimulatedClockGuard}).
 *
 * @param simulated the explicit switch: business time is simulated and the platform administrator moves it
 * @param start the instant the simulated clock reads at {@code realStart} (an ISO instant with an offset,
 *     e.g. {@code 2026-03-02T09:00+08:00}); default the machine's time
 * @param realStart the machine's instant at which the clock read {@code start} (the launcher's start, so
 *     that every process of the platform agrees); default the moment this process starts
 * @param stateFile where the platform keeps its simulated time (written by the gateway after every move);
 *     read at start in preference to {@code start}, so that a restarted service resumes at the platform's time
 */
@ConfigurationProperties("anchang.clock")
public record ClockProperties(boolean simulated, String start, String realStart, Path stateFile) {

    public static final String PREFIX = "anchang.clock";
    public static final String SIMULATED = PREFIX + ".simulated";

    /** An instant as people write it: {@code 2026-03-02T09:00+08:00}, {@code 2026-03-02T01:00:00Z}. */
    public static Instant parseInstant(String text, String what) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be an instant with its offset, such as "
                    + "2026-03-02T09:00+08:00 or 2026-03-02T01:00:00Z, not '" + text + "'", e);
        }
    }
}
