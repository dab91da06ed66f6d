package com.anchang.support.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs a service's {@link PeriodicJob}s on Spring's task scheduler, each run under a lock named after
 * the job (ShedLock, in the service's own database), so that of several instances asking for the same
 * due run one does it and the others skip it. A run that fails is logged and counted, and the next due
 * run happens as usual. Metrics: {@code anchang.jobs.runs{job}}, {@code anchang.jobs.failed{job}}.
 *
 * <p>The lock is held while the run lasts and at least {@code lockAtLeastFor} (capped at half the
 * interval), so that an instance whose clock or scheduler is a little late does not do the same due run
 * again; and at most {@code lockAtMostFor}, after which an instance that died holding it is taken over.
 */
public class PeriodicJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJobs.class);
    private static final long LOCK_RETRY_MILLIS = 20;

    private final Map<String, PeriodicJob> jobs = new LinkedHashMap<>();
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Duration lockAtMostFor;
    private final Duration lockAtLeastFor;
    private final MeterRegistry meters;
    private final AtomicInteger running = new AtomicInteger();

    public PeriodicJobs(List<PeriodicJob> jobs, LockProvider locks, Clock clock, Duration lockAtMostFor,
            Duration lockAtLeastFor, MeterRegistry meters) {
        jobs.forEach(job -> {
            if (this.jobs.putIfAbsent(job.name(), job) != null) {
                throw new IllegalStateException("two periodic jobs are named " + job.name());
            }
        });
        this.locks = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
        this.lockAtMostFor = lockAtMostFor;
        this.lockAtLeastFor = lockAtLeastFor;
        this.meters = meters;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        jobs.values().forEach(job -> {
            registrar.addTriggerTask(() -> runIfFree(job), job.trigger());
            log.info("periodic job {} scheduled", job);
        });
    }

    /** When each job is next due after {@code now} (empty: it has nothing waiting), by name, for the simulated clock. */
    public Map<String, Optional<Instant>> nextDue(Instant now) {
        Map<String, Optional<Instant>> due = new LinkedHashMap<>();
        jobs.values().forEach(job -> due.put(job.name(), job.nextDueAfter(now)));
        return due;
    }

    /**
     * The simulated clock's step (ADR 11): runs, now, every job due after {@code after} and at or before
     * {@code until}, earliest first, each once. A run of the same job in progress elsewhere (the schedule,
     * another instance) is waited for, then this one runs: that run may have read the time before the
     * clock was moved. Returns the names of the jobs run, in order.
     */
    public List<String> runDue(Instant after, Instant until) {
        List<Map.Entry<Instant, PeriodicJob>> due = new ArrayList<>();
        jobs.values().forEach(job -> job.nextDueAfter(after)
                .filter(at -> !at.isAfter(until))
                .ifPresent(at -> due.add(Map.entry(at, job))));
        due.sort(Map.Entry.comparingByKey());
        List<String> ran = new ArrayList<>();
        for (Map.Entry<Instant, PeriodicJob> entry : due) {
            runWaitingForTheLock(entry.getValue());
            ran.add(entry.getValue().name());
        }
        return ran;
    }

    /** How many runs are in progress in this instance right now. */
    public int running() {
        return running.get();
    }

    private void runWaitingForTheLock(PeriodicJob job) {
        long deadline = System.nanoTime() + lockAtMostFor.toNanos();
        while (true) {
            try {
                if (locks.executeWithLock(() -> runLocked(job), lockFor(job)).wasExecuted()) {
                    return;
                }
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable e) {
                failed(job, "could not be locked", e);
                return;
            }
            if (System.nanoTime() > deadline) {
                failed(job, "stayed locked for " + lockAtMostFor, new IllegalStateException("lock held"));
                return;
            }
            try {
                Thread.sleep(LOCK_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to run " + job.name(), e);
            }
        }
    }

    /**
     * One due run of the named job now, unless another instance (or thread) is running it; returns
     * whether this call ran it. What the schedule calls; also for running due work on demand.
     */
    public boolean runIfFree(String name) {
        PeriodicJob job = jobs.get(name);
        if (job == null) {
            throw new NoSuchElementException("no periodic job named " + name + "; there are " + jobs.keySet());
        }
        return runIfFree(job);
    }

    private boolean runIfFree(PeriodicJob job) {
        try {
            return locks.executeWithLock(() -> runLocked(job), lockFor(job)).wasExecuted();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            failed(job, "could not be locked", e);
            return false;
        }
    }

    private boolean runLocked(PeriodicJob job) {
        meters.counter("anchang.jobs.runs", "job", job.name()).increment();
        running.incrementAndGet();
        try {
            String did = job.runAt(clock.instant());
            if (!did.isEmpty()) {
                log.info("periodic job {}: {}", job.name(), did);
            }
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            failed(job, "failed", e);
        } finally {
            running.decrementAndGet();
        }
        return true;
    }

    private void failed(PeriodicJob job, String how, Throwable e) {
        meters.counter("anchang.jobs.failed", "job", job.name()).increment();
        log.warn("periodic job {} {}; it runs again when next due", job.name(), how, e);
    }

    private LockConfiguration lockFor(PeriodicJob job) {
        Duration halfInterval = job.interval().map(every -> every.dividedBy(2)).orElse(lockAtLeastFor);
        Duration atLeast = halfInterval.compareTo(lockAtLeastFor) < 0 ? halfInterval : lockAtLeastFor;
        return new LockConfiguration(ClockProvider.now(), job.name(), lockAtMostFor, atLeast);
    }
}
