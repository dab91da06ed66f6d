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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UNIT-1: cancelling a deal puts its unit back on sale (HELD, RESERVED or CONTRACTED → AVAILABLE), by
 * the PM or sales control of the unit's office, with a reason (inventory.unit-released). The buyer's
 * quota slot in an opening, if the hold took one, is freed (OPEN-2). The same when transaction-service
 * reports the deal cancelled (transaction.deal-cancelled), idempotently.
 */
public class CancellingDeal {

    private static final Logger log = LoggerFactory.getLogger(CancellingDeal.class);

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
     * the same write. A unit not held, reserved or contracted for that deal is left as it is: the deal never
     * had it (a deal withdrawn because its hold was refused, the unit being another deal's), or had it no
     * longer (its hold lapsed, UNIT-3); another deal's hold is never released by it.
     *
     * @return false when this event had been applied already, or the unit was not the deal's
     */
    public boolean cancelled(DealCancelled command) {
        AtomicReference<Hold> cancelledHold = new AtomicReference<>();
        boolean applied = ConcurrentChangeException.retrying(5, () -> {
            if (units.hasApplied(command.unitId(), command.eventId())) {
                return false;
            }
            Unit unit = units.find(command.unitId()).orElseThrow(() -> new NotFoundException("unit", command.unitId()));
            if (!command.dealId().equals(unit.takenBy())) {
                log.info("deal {} cancelled; unit {} is not that deal's ({}), left as it is", command.dealId(),
                        unit.code(), unit.takenBy() == null ? "on sale" : "taken by deal " + unit.takenBy());
                return false;
            }
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
