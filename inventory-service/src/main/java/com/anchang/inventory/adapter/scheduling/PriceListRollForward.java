package com.anchang.inventory.adapter.scheduling;

import com.anchang.inventory.application.RepricingBuilding;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Completes the price-list versions a crash left APPLYING: once at start, then every interval, on one
 * daemon thread. Safe in several instances at once (each unit write is a compare-and-set, and only
 * one pass marks a version applied).
 */
public class PriceListRollForward implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PriceListRollForward.class);

    private final RepricingBuilding repricing;
    private final Duration interval;
    private ScheduledExecutorService worker;
    private volatile boolean running;

    public PriceListRollForward(RepricingBuilding repricing, Duration interval) {
        this.repricing = repricing;
        this.interval = interval;
    }

    private void sweep() {
        try {
            int completed = repricing.rollForwardAll();
            if (completed > 0) {
                log.info("price-list roll-forward completed {} versions left applying", completed);
            }
        } catch (RuntimeException e) {
            log.warn("price-list roll-forward failed, will retry", e);
        }
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "price-list-roll-forward");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        worker.scheduleWithFixedDelay(this::sweep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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
