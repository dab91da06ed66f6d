package com.anchang.inventory.application;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * UNIT-4: a special discount beyond the price list. A consultant (or sales control) of the unit's
 * office asks for it on the deal that holds the unit; only the PM of the office or head office
 * approves or rejects it, with a reason, recorded with who and when (a consultant who tries gets 403).
 * The approved discount attaches to the hold: the deal's price is the list price less it.
 */
public class DecidingDiscount {

    private final UnitChanges changes;
    private final Clock clock;

    public DecidingDiscount(UnitRepository units, Clock clock) {
        this.changes = new UnitChanges(units);
        this.clock = clock;
    }

    public Unit request(Caller caller, String unitId, String dealId, BigDecimal amount, String reason) {
        return changes.change(caller, unitId, "request a discount", new String[] {Caller.CONSULTANT, Caller.SALES_CONTROL},
                unit -> {
                    unit.requestDiscount(dealId, amount, reason, caller.userId(), clock.instant());
                    return List.of();
                });
    }

    public Unit approve(Caller caller, String unitId, String reason) {
        return changes.change(caller, unitId, "approve a discount", new String[] {Caller.PM, Caller.HEAD_OFFICE},
                unit -> List.of(unit.approveDiscount(caller.userId(), reason, clock.instant())));
    }

    public Unit reject(Caller caller, String unitId, String reason) {
        return changes.change(caller, unitId, "reject a discount", new String[] {Caller.PM, Caller.HEAD_OFFICE},
                unit -> List.of(unit.rejectDiscount(caller.userId(), reason, clock.instant())));
    }
}
