package com.anchang.events.inventory;

import java.time.Instant;
import java.util.List;

/**
 * The PM opened a batch of units for sale (开盘) at opensAt: holds before then are refused, and a
 * buyer may hold at most quotaPerBuyer of its units.
 */
public record OpeningStarted(
        String openingId,
        String developerId,
        String officeId,
        String name,
        List<String> unitIds,
        Instant opensAt,
        int quotaPerBuyer,
        String openedBy,
        Instant openedAt) {

    public static final String TYPE = "inventory.opening-started";
    public static final int VERSION = 1;
}
