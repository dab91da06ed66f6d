package com.anchang.events.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The PM (or head office) approved a special discount on a held unit for its deal (UNIT-4); the
 * discount is attached to the hold: the deal's price is discountedPrice.
 */
public record DiscountApproved(
        String unitId,
        String developerId,
        String officeId,
        String unitCode,
        String dealId,
        BigDecimal listPrice,
        BigDecimal discount,
        BigDecimal discountedPrice,
        String requestedBy,
        Instant requestedAt,
        String requestReason,
        String approvedBy,
        Instant approvedAt,
        String decisionReason) {

    public static final String TYPE = "inventory.discount-approved";
    public static final int VERSION = 1;
}
