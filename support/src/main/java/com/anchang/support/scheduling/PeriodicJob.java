package com.anchang.support.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * One piece of periodic work of a service, declared as a bean and run by {@link PeriodicJobs}: each due
 * run happens on one instance of the service only (the lock is named after the job). The body is a plain
 * method of the service that takes the time of the run from the injected clock, so it can be called
 * directly too.
 *
 * <p>An interval schedule is due at the multiples of the interval since the epoch (every 15 s: at :00,
 * :15, :30, :45), the same instants on every instance, so that two instances ask for the same run at
 * the same moment and the lock lets one of them do it.
 */
public final class PeriodicJob {

    /** One run of a job at {@code now}; returns what it did, for the log, or an empty string when it did nothing. */
    @FunctionalInterface
    public interface Body {
        String run(Instant now);
    }

    /**
     * When a job next has work, as far as it knows from its own data: the earliest instant after
     * {@code now} at which a run would find something to do (the earliest hold deadline, the next office
     * day), or empty when nothing is waiting. Read only when the simulated platform clock is moved
     * (ADR 11), so that a week's advance steps from one piece of due work to the next instead of through
     * every slot of a 15-second sweep.
     */
    @FunctionalInterface
    public interface NextWork {
        Optional<Instant> after(Instant now);
    }

    private final String name;
    private final Duration interval;
    private final String cron;
    private final ZoneId zone;
    private final boolean atStart;
    private final Body body;
    private final NextWork nextWork;

    private PeriodicJob(String name, Duration interval, String cron, ZoneId zone, boolean atStart, Body body,
            NextWork nextWork) {
        this.name = requireName(name);
        this.interval = interval;
        this.cron = cron;
        this.zone = zone;
        this.atStart = atStart;
        this.body = Objects.requireNonNull(body, "body");
        this.nextWork = nextWork;
    }

    /** Due at every multiple of {@code interval} (since the epoch). */
    public static PeriodicJob every(String name, Duration interval, Body body) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("job " + name + ": the interval must be positive, was " + interval);
        }
        return new PeriodicJob(name, interval, null, null, false, body, null);
    }

    /** Due whenever the cron expression (Spring's six fields) matches in {@code zone}, e.g. an office's morning. */
    public static PeriodicJob cron(String name, String expression, ZoneId zone, Body body) {
        new CronTrigger(expression, zone); // refuses a bad expression at start, not at the first run
        return new PeriodicJob(name, null, expression, zone, false, body, null);
    }

    /** The same job, also due once as soon as the service has started (work a crash may have left half done). */
    public PeriodicJob alsoAtStart() {
        return new PeriodicJob(name, interval, cron, zone, true, body, nextWork);
    }

    /**
     * The same job, saying when it next has work ({@link NextWork}); its schedule is unchanged. A job
     * without this is due at every slot of its schedule when the simulated clock is moved.
     */
    public PeriodicJob withNextWork(NextWork nextWork) {
        return new PeriodicJob(name, interval, cron, zone, atStart, body, Objects.requireNonNull(nextWork, "nextWork"));
    }

    public String name() {
        return name;
    }

    /** The interval of an interval schedule; empty for a cron schedule. */
    public Optional<Duration> interval() {
        return Optional.ofNullable(interval);
    }

    /**
     * When this job is next due after {@code now} for the simulated clock's stepping (ADR 11): the
     * instant its {@link NextWork} names (empty: nothing waiting, so not due), or without one the next
     * slot of its schedule. A named instant that is not after {@code now} counts as the next slot.
     */
    public Optional<Instant> nextDueAfter(Instant now) {
        if (nextWork != null) {
            Optional<Instant> work = nextWork.after(now);
            if (work.isEmpty() || work.get().isAfter(now)) {
                return work;
            }
        }
        return Optional.of(nextSlotAfter(now));
    }

    /** The next instant after {@code now} at which the schedule is due. */
    Instant nextSlotAfter(Instant now) {
        if (cron != null) {
            return CronExpression.parse(cron).next(now.atZone(zone)).toInstant();
        }
        long every = interval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), every) * every + every);
    }

    /** Runs the body once at {@code now}, without lock or schedule (what {@link PeriodicJobs} wraps). */
    public String runAt(Instant now) {
        String did = body.run(now);
        return did == null ? "" : did;
    }

    Trigger trigger() {
        Trigger schedule = cron != null ? new CronTrigger(cron, zone) : this::nextSlot;
        if (!atStart) {
            return schedule;
        }
        return context -> context.lastCompletion() == null ? context.getClock().instant() : schedule.nextExecution(context);
    }

    /** The first multiple of the interval after the last run ended (or after now, before the first run). */
    private Instant nextSlot(TriggerContext context) {
        return nextSlotAfter(context.lastCompletion() != null ? context.lastCompletion() : context.getClock().instant());
    }

    private static String requireName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a job name is lower-case words joined by '-', was " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return name + (interval != null ? " every " + interval : " at " + cron + " " + zone);
    }
}
