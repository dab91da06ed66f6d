package com.anchang.inventory.domain;

import java.util.List;
import java.util.Optional;

/** Port: where units live. */
public interface UnitRepository {

    Optional<Unit> find(String unitId);

    List<Unit> inBuilding(String buildingId);

    void insertAll(List<Unit> units);

    /**
     * Writes the unit's new state and the events it caused in one atomic write, only if the stored
     * version is still the one the unit was read at.
     *
     * @param appliedEventId the id of the incoming event this change applies, recorded in the same
     *     write (null for a command from a user)
     * @throws com.anchang.support.problem.ConcurrentChangeException if someone else wrote the unit in between
     */
    void save(Unit unit, List<UnitEvent> events, String appliedEventId);

    /** True when the incoming event with this id was already applied to the unit. */
    boolean hasApplied(String unitId, String eventId);

    /**
     * A re-import of prices (UNIT-1): the unit's new list price, with the version's marker recorded in
     * the same write (see {@link #hasApplied}), only if the stored version is still the one read.
     *
     * @throws com.anchang.support.problem.ConcurrentChangeException if someone else wrote the unit in between
     */
    void reprice(Unit unit, java.math.BigDecimal listPrice, String marker);
}
