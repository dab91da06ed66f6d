package com.anchang.support.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A clock for training offices, demonstrations and end-to-end tests (ADR 11): it reads the instant it
 * was last set to plus the real time elapsed since, so time runs forward normally between settings.
 * It is only ever moved forward: {@link #set} refuses an earlier instant, {@link #advanceTo} leaves it
 * where it is. Elapsed time is measured by a monotonic source (the JVM's {@code nanoTime}), so a
 * correction of the machine's wall clock never moves it back either.
 *
 * <p>Zone views ({@link #withZone}) share the one timeline.
 */
public final class SimulatedClock extends Clock {

    /** Where the timeline stands: the simulated instant at one reading of the monotonic source. */
    private record Anchor(Instant simulated, long nanos) {
    }

    /** Shared by every zone view of this clock. */
    private static final class Timeline {

        private final LongSupplier nanos;
        private volatile Anchor anchor;

        Timeline(Instant start, LongSupplier nanos) {
            this.nanos = nanos;
            this.anchor = new Anchor(start, nanos.getAsLong());
        }

        Instant now() {
            Anchor at = anchor;
            return at.simulated().plusNanos(nanos.getAsLong() - at.nanos());
        }

        synchronized Instant set(Instant to) {
            Instant now = now();
            if (to.isBefore(now)) {
                throw new ClockBackwardsException(now, to);
            }
            anchor = new Anchor(to, nanos.getAsLong());
            return to;
        }

        synchronized Instant advanceTo(Instant to) {
            Instant now = now();
            if (!to.isAfter(now)) {
                return now;
            }
            anchor = new Anchor(to, nanos.getAsLong());
            return to;
        }
    }

    private final Timeline timeline;
    private final ZoneId zone;

    private SimulatedClock(Timeline timeline, ZoneId zone) {
        this.timeline = timeline;
        this.zone = zone;
    }

    /** A simulated clock that reads {@code start} now and runs forward at the pace of real time (UTC zone). */
    public static SimulatedClock startingAt(Instant start) {
        return startingAt(start, System::nanoTime);
    }

    /** As {@link #startingAt(Instant)}, measuring elapsed time with {@code nanos} (a test's own source). */
    public static SimulatedClock startingAt(Instant start, LongSupplier nanos) {
        return new SimulatedClock(new Timeline(Objects.requireNonNull(start, "start"), nanos), ZoneOffset.UTC);
    }

    /**
     * A simulated clock that read {@code simulated} at the real instant {@code real} and has run since:
     * how every process of one platform starts on the same simulated time although each starts at its
     * own moment ({@code realNow} is the machine's time as this process starts).
     */
    public static SimulatedClock continuing(Instant simulated, Instant real, Instant realNow) {
        Duration elapsed = Duration.between(real, realNow);
        return startingAt(elapsed.isNegative() ? simulated : simulated.plus(elapsed));
    }

    @Override
    public Instant instant() {
        return timeline.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new SimulatedClock(timeline, zone);
    }

    /**
     * Sets the clock to {@code to}, from where it runs on; refuses an instant before its current reading.
     *
     * @throws ClockBackwardsException if {@code to} is before now
     */
    public Instant set(Instant to) {
        return timeline.set(Objects.requireNonNull(to, "to"));
    }

    /** Moves the clock forward to {@code to} if it reads earlier; otherwise leaves it. Returns the reading after. */
    public Instant advanceTo(Instant to) {
        return timeline.advanceTo(Objects.requireNonNull(to, "to"));
    }

    @Override
    public String toString() {
        return "SimulatedClock[" + instant() + ", " + zone + "]";
    }

    /** An attempt to move a simulated clock back: time never goes backwards. */
    public static final class ClockBackwardsException extends IllegalArgumentException {

        private final Instant now;

        public ClockBackwardsException(Instant now, Instant requested) {
            super("the clock never goes back: it reads " + now + ", " + requested + " is earlier");
            this.now = now;
        }

        public Instant now() {
            return now;
        }
    }
}
