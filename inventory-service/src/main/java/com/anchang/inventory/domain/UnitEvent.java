package com.anchang.inventory.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** What happened to a unit; the messaging adapter turns these into contract events. */
public sealed interface UnitEvent {

    Unit unit();

    record Held(Unit unit, Hold hold) implements UnitEvent {
    }

    record Reserved(Unit unit, String dealId, Instant reservedAt) implements UnitEvent {
    }

    record Contracted(Unit unit, String dealId, Instant contractedAt) implements UnitEvent {
    }

    record Withheld(Unit unit, Withholding withholding) implements UnitEvent {
    }

    /**
     * Back to AVAILABLE: a withheld unit released, or a deal's hold, reservation or contract cancelled;
     * {@code price} the unit's price as it stood before (the list price less an approved discount).
     */
    record Released(Unit unit, UnitStatus fromStatus, String dealId, String reason, String releasedBy,
            Instant releasedAt, BigDecimal price) implements UnitEvent {
    }

    record HoldExpired(Unit unit, Hold hold, Instant releasedAt) implements UnitEvent {
    }

    record DiscountApproved(Unit unit, String dealId, Discount discount) implements UnitEvent {
    }

    record DiscountRejected(Unit unit, String dealId, Discount discount) implements UnitEvent {
    }

    /**
     * A unit swap of the deal that holds this unit could not take the new unit ({@code refusedUnitId}); this
     * unit stays the deal's. Changes nothing of the unit: it tells transaction-service to put the deal back.
     */
    record SwapRefused(Unit unit, String dealId, String refusedUnitId, String changeOrderId, String rule, String reason,
            Instant refusedAt) implements UnitEvent {
    }
}
