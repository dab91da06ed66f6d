package com.anchang.inventory.domain;

import java.time.Instant;

/** What happened to a unit; the messaging adapter turns these into contract events. */
public sealed interface UnitEvent {

    Unit unit();

    record Held(Unit unit, Hold hold) implements UnitEvent {
    }

    record Reserved(Unit unit, String dealId, Instant reservedAt) implements UnitEvent {
    }
}
