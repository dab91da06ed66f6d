package com.anchang.inventory.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A special discount beyond the price list on a held unit (UNIT-4): requested by a consultant,
 * decided by the PM (or head office) with a reason; who and when are recorded.
 */
public record Discount(BigDecimal amount, String requestReason, String requestedBy, Instant requestedAt,
        Decision decision, String decidedBy, Instant decidedAt, String decisionReason) {

    public enum Decision {
        PENDING, APPROVED, REJECTED
    }

    static Discount requested(BigDecimal amount, String reason, String by, Instant at) {
        return new Discount(amount, reason, by, at, Decision.PENDING, null, null, null);
    }

    Discount decided(Decision outcome, String by, Instant at, String reason) {
        return new Discount(amount, requestReason, requestedBy, requestedAt, outcome, by, at, reason);
    }
}
