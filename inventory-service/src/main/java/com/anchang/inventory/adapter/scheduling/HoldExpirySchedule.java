package com.anchang.inventory.adapter.scheduling;

import com.anchang.inventory.application.ExpiringHolds;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs the hold-expiry sweep (UNIT-3) every interval on one daemon thread. Every instance of the
 * service runs it; the sweep is safe to run at the same time in several (compare-and-set per unit).
 */
public class HoldExpirySchedule extends PeriodicSweep {

    public HoldExpirySchedule(ExpiringHolds expiring, Clock clock, Duration interval) {
        super("hold-expiry", () -> expiring.sweep(clock.instant()), "released {} units", interval, interval);
    }
}
