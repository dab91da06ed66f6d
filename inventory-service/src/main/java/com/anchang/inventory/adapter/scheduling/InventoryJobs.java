package com.anchang.inventory.adapter.scheduling;

import com.anchang.inventory.application.ExpiringHolds;
import com.anchang.inventory.application.RepricingBuilding;
import com.anchang.support.scheduling.PeriodicJob;
import java.time.Duration;
import java.util.Optional;

/**
 * The inventory's periodic jobs, run by support.scheduling: each due run on one instance of the
 * service. Both are safe in several instances at once anyway (each unit write is a compare-and-set).
 */
public final class InventoryJobs {

    private InventoryJobs() {
    }

    /** UNIT-3: returns the holds past their deadline to AVAILABLE; its next work is the earliest deadline of a hold. */
    public static PeriodicJob holdExpiry(ExpiringHolds expiring, Duration interval) {
        return PeriodicJob.every("hold-expiry", interval,
                now -> did(expiring.sweep(now), "released %d lapsed holds")).withNextWork(expiring::nextExpiryAfter);
    }

    /**
     * UNIT-1: completes the price-list versions a crash left APPLYING, at start and then every interval.
     * Nothing it does waits for a date, so it names no next work: moving the simulated clock never runs it
     * (ADR 11), its schedule still does.
     */
    public static PeriodicJob priceListRollForward(RepricingBuilding repricing, Duration interval) {
        return PeriodicJob.every("price-list-roll-forward", interval,
                now -> did(repricing.rollForwardAll(), "completed %d versions left applying")).alsoAtStart()
                .withNextWork(now -> Optional.empty());
    }

    private static String did(int count, String what) {
        return count == 0 ? "" : what.formatted(count);
    }
}
