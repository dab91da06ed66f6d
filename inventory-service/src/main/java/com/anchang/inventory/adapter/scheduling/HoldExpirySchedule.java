package com.anchang.inventory.adapter.scheduling;

import com.anchang.inventory.application.ExpiringHolds;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the hold-expiry sweep (UNIT-3) every interval on one daemon thread. Every instance of the
 * service runs it; the sweep is safe to run at the same time in several (compare-and-set per unit).
 */
public class HoldExpirySchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HoldExpirySchedule.class);

    private final ExpiringHolds expiring;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService worker;
    private volatile boolean running;

    public HoldExpirySchedule(ExpiringHolds expiring, Clock clock, Duration interval) {
        this.expiring = expiring;
        this.clock = clock;
        this.interval = interval;
    }

    private void sweep() {
        try {
            int released = expiring.sweep(clock.instant());
            if (released > 0) {
                log.info("hold-expiry sweep released {} units", released);
            }
        } catch (RuntimeException e) {
            log.warn("hold-expiry sweep failed, will retry", e);
        }
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hold-expiry");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        worker.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        worker.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
