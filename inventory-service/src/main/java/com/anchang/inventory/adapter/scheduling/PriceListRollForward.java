package com.anchang.inventory.adapter.scheduling;

import com.anchang.inventory.application.RepricingBuilding;
import java.time.Duration;

/**
 * Completes the price-list versions a crash left APPLYING: once at start, then every interval, on one
 * daemon thread. Safe in several instances at once (each unit write is a compare-and-set, and only
 * one pass marks a version applied).
 */
public class PriceListRollForward extends PeriodicSweep {

    public PriceListRollForward(RepricingBuilding repricing, Duration interval) {
        super("price-list-roll-forward", repricing::rollForwardAll, "completed {} versions left applying",
                Duration.ZERO, interval);
    }
}
