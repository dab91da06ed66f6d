package com.anchang.inventory.application;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import java.time.Instant;
import java.util.List;

/**
 * UNIT-1: the formal deposit of the deal that holds a unit reserves it. Driven by
 * transaction-service's events, so it is idempotent: an event applied before is not applied again.
 */
public class ReservingUnit {

    public record ReserveUnit(String unitId, String dealId, Instant receivedAt, String eventId) {
    }

    private final UnitRepository units;

    public ReservingUnit(UnitRepository units) {
        this.units = units;
    }

    /** @return false when this event had been applied already */
    public boolean reserve(ReserveUnit command) {
        return ConcurrentChangeException.retrying(5, () -> {
            if (units.hasApplied(command.unitId(), command.eventId())) {
                return false;
            }
            Unit unit = units.find(command.unitId()).orElseThrow(() -> new NotFoundException("unit", command.unitId()));
            UnitEvent reserved = unit.reserve(command.dealId(), command.receivedAt());
            units.save(unit, List.of(reserved), command.eventId());
            return true;
        });
    }
}
