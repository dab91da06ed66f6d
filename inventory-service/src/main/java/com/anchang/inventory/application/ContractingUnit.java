package com.anchang.inventory.application;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import java.time.Instant;
import java.util.List;

/**
 * UNIT-1: the sales contract of the deal that reserved a unit is signed (RESERVED → CONTRACTED).
 * Driven by transaction-service's events, so it is idempotent: an event applied before is not
 * applied again. A unit not reserved for that deal is a refusal naming UNIT-1 (dead-lettered).
 */
public class ContractingUnit {

    public record ContractUnit(String unitId, String dealId, Instant signedAt, String eventId) {
    }

    private final UnitRepository units;

    public ContractingUnit(UnitRepository units) {
        this.units = units;
    }

    /** @return false when this event had been applied already */
    public boolean contract(ContractUnit command) {
        return ConcurrentChangeException.retrying(5, () -> {
            if (units.hasApplied(command.unitId(), command.eventId())) {
                return false;
            }
            Unit unit = units.find(command.unitId()).orElseThrow(() -> new NotFoundException("unit", command.unitId()));
            UnitEvent contracted = unit.contract(command.dealId(), command.signedAt());
            units.save(unit, List.of(contracted), command.eventId());
            return true;
        });
    }
}
