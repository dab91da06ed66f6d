package com.anchang.inventory.adapter.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A sweep run on one daemon thread of its own, first after {@code firstAfter} and then every
 * {@code interval}, while the application runs. A pass that fails is logged and the next one tries
 * again; a pass that did something says how much.
 */
class PeriodicSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicSweep.class);

    private final String name;
    private final IntSupplier pass;
    private final String didWhat;
    private final Duration firstAfter;
    private final Duration interval;
    private ScheduledExecutorService worker;
    private volatile boolean running;

    /**
     * @param pass one pass of the sweep; returns how many things it did
     * @param didWhat the log line of a pass that did something, with {} for how many
     */
    PeriodicSweep(String name, IntSupplier pass, String didWhat, Duration firstAfter, Duration interval) {
        this.name = name;
        this.pass = pass;
        this.didWhat = didWhat;
        this.firstAfter = firstAfter;
        this.interval = interval;
    }

    private void sweep() {
        try {
            int done = pass.getAsInt();
            if (done > 0) {
                log.info(name + " " + didWhat, done);
            }
        } catch (RuntimeException e) {
            log.warn("{} failed, will retry", name, e);
        }
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        worker.scheduleWithFixedDelay(this::sweep, firstAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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
