package com.anchang.dashboard.domain;

import java.util.function.Function;

/** The read model's store of deals (one document per deal), each event applied once. */
public interface DealLedger {

    /**
     * Applies an event's change to the deal's state unless that event was already applied to it, and returns the
     * deal's state now with the figures the event adds: those computed now, or on a redelivery those kept from
     * when it was applied (in the same write as the state), so the office day is given the same figures whatever
     * happened in between.
     */
    DealState.Effect apply(String dealId, String eventId, Function<DealState, DealState.Effect> change);
}
