package com.anchang.inventory.application;

import com.anchang.inventory.domain.BuyerQuotas;
import com.anchang.inventory.domain.Hold;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * UNIT-1: cancelling a deal puts its unit back on sale (HELD, RESERVED or CONTRACTED → AVAILABLE), by
 * the PM or sales control of the unit's office, with a reason (inventory.unit-released). The buyer's
 * quota slot in an opening, if the hold took one, is freed (OPEN-2). The same when transaction-service
 * reports the deal cancelled (transaction.deal-cancelled), idempotently.
 */
public class CancellingDeal {

    /** The deal's cancellation as transaction-service reported it (the event's id makes it idempotent). */
    public record DealCancelled(String unitId, String dealId, String reason, String cancelledBy, Instant cancelledAt,
            String eventId) {
    }

    private final UnitRepository units;
    private final UnitChanges changes;
    private final BuyerQuotas quotas;
    private final Clock clock;

    public CancellingDeal(UnitRepository units, BuyerQuotas quotas, Clock clock) {
        this.units = units;
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

    /**
     * The unit of a deal transaction-service cancelled goes back on sale, recording the event's id in
     * the same write; a unit not held, reserved or contracted for that deal is a refusal naming UNIT-1.
     *
     * @return false when this event had been applied already
     */
    public boolean cancelled(DealCancelled command) {
        AtomicReference<Hold> cancelledHold = new AtomicReference<>();
        boolean applied = ConcurrentChangeException.retrying(5, () -> {
            if (units.hasApplied(command.unitId(), command.eventId())) {
                return false;
            }
            Unit unit = units.find(command.unitId()).orElseThrow(() -> new NotFoundException("unit", command.unitId()));
            Hold hold = unit.hold();
            UnitEvent released = unit.cancel(command.dealId(), command.reason(), command.cancelledBy(),
                    command.cancelledAt());
            units.save(unit, List.of(released), command.eventId());
            cancelledHold.set(hold);
            return true;
        });
        Hold hold = cancelledHold.get();
        if (hold != null && hold.quotaSlot() != null) {
            quotas.free(hold.quotaSlot());
        }
        return applied;
    }
}
