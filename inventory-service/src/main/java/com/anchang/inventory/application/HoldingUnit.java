package com.anchang.inventory.application;

import com.anchang.inventory.domain.SalesControlPolicies;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import java.time.Clock;
import java.util.List;

/**
 * UNIT-2: a temporary deposit holds a unit for a deal. The write is a compare-and-set on the unit's
 * version, so of two simultaneous holds exactly one is written; the loser re-reads and is refused
 * by the rule, naming the deal that won and when.
 */
public class HoldingUnit {

    public record HoldUnit(String unitId, String dealId, String consultantId, String buyerRef) {
    }

    private final UnitRepository units;
    private final SalesControlPolicies policies;
    private final Clock clock;

    public HoldingUnit(UnitRepository units, SalesControlPolicies policies, Clock clock) {
        this.units = units;
        this.policies = policies;
        this.clock = clock;
    }

    public Unit hold(HoldUnit command) {
        return ConcurrentChangeException.retrying(5, () -> {
            Unit unit = units.find(command.unitId()).orElseThrow(() -> new NotFoundException("unit", command.unitId()));
            UnitEvent held = unit.hold(command.dealId(), command.consultantId(), command.buyerRef(), clock.instant(),
                    policies.forOffice(unit.officeId()));
            units.save(unit, List.of(held), null);
            return unit;
        });
    }
}
