package com.anchang.inventory.application;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.util.List;
import java.util.function.Function;

/**
 * The shape of every user's change to one unit: load it, the caller must see it (404) and hold one of
 * the roles at its office (403), the domain decides, and the new state and its events are written
 * in one compare-and-set on the version read; on losing a race it re-reads and the rules decide again.
 */
final class UnitChanges {

    private final UnitRepository units;

    UnitChanges(UnitRepository units) {
        this.units = units;
    }

    Unit change(Caller caller, String unitId, String action, String[] roles, Function<Unit, List<UnitEvent>> decide) {
        return ConcurrentChangeException.retrying(5, () -> {
            Unit unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
            caller.mustSee(unit.developerId(), unit.officeId(), "unit", unit.id());
            caller.mustHold(unit.officeId(), action, roles);
            units.save(unit, decide.apply(unit), null);
            return unit;
        });
    }
}
