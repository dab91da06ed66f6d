package com.anchang.inventory.application;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.util.List;

/**
 * UNIT-1: cancelling a deal puts its unit back on sale (HELD, RESERVED or CONTRACTED → AVAILABLE), by
 * the PM or sales control of the unit's office, with a reason (inventory.unit-released).
 */
public class CancellingDeal {

    private final UnitChanges changes;
    private final Clock clock;

    public CancellingDeal(UnitRepository units, Clock clock) {
        this.changes = new UnitChanges(units);
        this.clock = clock;
    }

    public Unit cancel(Caller caller, String unitId, String dealId, String reason) {
        return changes.change(caller, unitId, "cancel a deal's unit", WithholdingUnit.ROLES,
                unit -> List.of(unit.cancel(dealId, reason, caller.userId(), clock.instant())));
    }
}
