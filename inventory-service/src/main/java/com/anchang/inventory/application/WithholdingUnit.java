package com.anchang.inventory.application;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.util.List;

/**
 * UNIT-1 控房: the PM or sales control of the unit's office takes an available unit off sale with a
 * reason, and puts a withheld unit back on sale with a reason; who and when are recorded in the
 * events inventory.unit-withheld / inventory.unit-released.
 */
public class WithholdingUnit {

    static final String[] ROLES = {Caller.PM, Caller.SALES_CONTROL};

    private final UnitChanges changes;
    private final Clock clock;

    public WithholdingUnit(UnitRepository units, Clock clock) {
        this.changes = new UnitChanges(units);
        this.clock = clock;
    }

    public Unit withhold(Caller caller, String unitId, String reason) {
        return changes.change(caller, unitId, "withhold a unit", ROLES,
                unit -> List.of(unit.withhold(reason, caller.userId(), clock.instant())));
    }

    public Unit release(Caller caller, String unitId, String reason) {
        return changes.change(caller, unitId, "release a withheld unit", ROLES,
                unit -> List.of(unit.release(reason, caller.userId(), clock.instant())));
    }
}
