package com.anchang.inventory.application;

import com.anchang.inventory.domain.ExpiryCalendar;
import com.anchang.inventory.domain.SalesControlPolicies;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.util.List;

/**
 * UNIT-2: a temporary deposit holds a unit for a deal. The write is a compare-and-set on the unit's
 * version, so of two simultaneous holds exactly one is written; the loser re-reads and is refused
 * by the rule, naming the deal that won and when. The caller must see the unit (another office's unit
 * is unknown to them: 404) and be a consultant or sales control there (403 otherwise); the holder is
 * the caller. The hold's deadline comes from the office's policy (UNIT-3) and is entered in the
 * expiry calendar the sweep reads.
 */
public class HoldingUnit {

    public record HoldUnit(String unitId, String dealId, String buyerRef) {
    }

    private final UnitRepository units;
    private final SalesControlPolicies policies;
    private final ExpiryCalendar calendar;
    private final Clock clock;

    public HoldingUnit(UnitRepository units, SalesControlPolicies policies, ExpiryCalendar calendar, Clock clock) {
        this.units = units;
        this.policies = policies;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Unit hold(Caller caller, HoldUnit command) {
        return ConcurrentChangeException.retrying(5, () -> {
            Unit unit = units.find(command.unitId()).orElseThrow(() -> new NotFoundException("unit", command.unitId()));
            caller.mustSee(unit.developerId(), unit.officeId(), "unit", unit.id());
            caller.mustHold(unit.officeId(), "hold a unit", Caller.CONSULTANT, Caller.SALES_CONTROL);
            UnitEvent.Held held = unit.hold(command.dealId(), caller.userId(), command.buyerRef(), clock.instant(),
                    policies.forOffice(unit.officeId()));
            // UNIT-3: into the expiry calendar before the hold is written, so no written hold is missed
            calendar.enter(unit.id(), held.hold().expiresAt());
            units.save(unit, List.of(held), null);
            return unit;
        });
    }
}
