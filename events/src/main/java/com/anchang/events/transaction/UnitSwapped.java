package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change order swapped the deal's unit (换房), approved by the PM: previousUnitId goes back on sale and
 * unitId is the deal's now, taken at the deal's stage ({@code dealStatus}: the deal is past its formal
 * deposit, so the unit is reserved for it); the money carried over (the receipts stay valid) and the price
 * is the new unit's list price less the discount the PM approved with the swap (UNIT-4). {@code undo}: the
 * PM undid an earlier swap, or sales control refused its new unit (inventory.unit-swap-refused; decidedBy
 * null), and this swaps back ({@code changeOrderId} names the order undone). Carries
 * what commission (price, consultant, lead, buyer), notification (buyer, unit) and the dashboard need.
 * Keyed by the deal id.
 */
public record UnitSwapped(
        String dealId,
        String developerId,
        String officeId,
        String previousUnitId,
        String previousUnitCode,
        String unitId,
        String unitCode,
        String dealStatus,
        String consultantId,
        String leadId,
        String buyerName,
        String buyerMobile,
        String buyerChannel,
        BigDecimal listPrice,
        BigDecimal previousPrice,
        BigDecimal price,
        String changeOrderId,
        String reason,
        String decidedBy,
        Instant swappedAt,
        boolean undo) {

    public static final String TYPE = "transaction.unit-swapped";
    public static final int VERSION = 1;
}
