package com.anchang.inventory.application;

import com.anchang.inventory.domain.BuyerQuotas;
import com.anchang.inventory.domain.Hold;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * UNIT-1: cancelling a deal puts its unit back on sale (HELD, RESERVED or CONTRACTED → AVAILABLE), by
 * the PM or sales control of the unit's office, with a reason (inventory.unit-released). The buyer's
 * quota slot in an opening, if the hold took one, is freed (OPEN-2).
 */
public class CancellingDeal {

    private final UnitChanges changes;
    private final BuyerQuotas quotas;
    private final Clock clock;

    public CancellingDeal(UnitRepository units, BuyerQuotas quotas, Clock clock) {
        this.changes = new UnitChanges(units);
        this.quotas = quotas;
        this.clock = clock;
    }

    public Unit cancel(Caller caller, String unitId, String dealId, String reason) {
        AtomicReference<Hold> cancelledHold = new AtomicReference<>();
        Unit unit = changes.change(caller, unitId, "cancel a deal's unit", WithholdingUnit.ROLES, u -> {
            cancelledHold.set(u.hold());
            return List.of(u.cancel(dealId, reason, caller.userId(), clock.instant()));
        });
        Hold hold = cancelledHold.get();
        if (hold != null && hold.quotaSlot() != null) {
            quotas.free(hold.quotaSlot());
        }
        return unit;
    }
}
