package com.anchang.events.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/** The PM (or head office) rejected a discount requested on a held unit (UNIT-4); the list price stands. */
public record DiscountRejected(
        String unitId,
        String developerId,
        String officeId,
        String unitCode,
        String dealId,
        BigDecimal discount,
        String requestedBy,
        String rejectedBy,
        Instant rejectedAt,
        String decisionReason) {

    public static final String TYPE = "inventory.discount-rejected";
    public static final int VERSION = 1;
}
