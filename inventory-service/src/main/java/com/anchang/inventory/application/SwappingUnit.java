package com.anchang.inventory.application;

import com.anchang.inventory.domain.BuyerQuotas;
import com.anchang.inventory.domain.Hold;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A unit swap approved in transaction-service (transaction.unit-swapped): the new unit is reserved for the
 * deal, then the previous unit goes back on sale — two writes, one per unit, each recording the event's id
 * with its effect. A stop between them (a crash, a failed write) leaves the new unit reserved and the old one
 * still the deal's; the event is delivered again (it was never acknowledged), the first step sees its id and
 * is skipped, the second completes. The new unit taken by another deal meanwhile (transaction-service had
 * checked it AVAILABLE just before the approval): no unit changes, the previous one stays the deal's, and
 * inventory.unit-swap-refused tells transaction-service to put the deal back on it.
 */
public class SwappingUnit {

    private static final Logger log = LoggerFactory.getLogger(SwappingUnit.class);

    public record UnitSwap(String dealId, String previousUnitId, String unitId, String consultantId, String buyerRef,
            String reason, String decidedBy, Instant swappedAt, String changeOrderId, String eventId) {
    }

    public enum Outcome {
        SWAPPED,
        /** The new unit could not be taken: the previous unit stays the deal's. */
        REFUSED
    }

    private final UnitRepository units;
    private final BuyerQuotas quotas;

    public SwappingUnit(UnitRepository units, BuyerQuotas quotas) {
        this.units = units;
        this.quotas = quotas;
    }

    public Outcome swap(UnitSwap command) {
        Optional<RuleRefusedException> refused = takeNew(command);
        if (refused.isPresent()) {
            tellRefused(command, refused.get());
            return Outcome.REFUSED;
        }
        releasePrevious(command);
        return Outcome.SWAPPED;
    }

    /**
     * Step 1: the new unit reserved for the deal, unless this event did it already or it is the deal's anyway.
     *
     * @return the refusal when the new unit cannot be taken
     */
    Optional<RuleRefusedException> takeNew(UnitSwap command) {
        return ConcurrentChangeException.retrying(5, () -> {
            if (units.hasApplied(command.unitId(), command.eventId())) {
                return Optional.empty();
            }
            Unit unit = find(command.unitId());
            if (command.dealId().equals(unit.takenBy())) {
                return Optional.empty();
            }
            try {
                UnitEvent reserved = unit.reserveBySwap(command.dealId(), command.consultantId(), command.buyerRef(),
                        command.swappedAt());
                units.save(unit, List.of(reserved), command.eventId());
                return Optional.empty();
            } catch (RuleRefusedException refused) {
                log.warn("unit swap of deal {} to unit {} refused, unit {} stays the deal's: {}", command.dealId(),
                        command.unitId(), command.previousUnitId(), refused.getMessage());
                return Optional.of(refused);
            }
        });
    }

    /**
     * The compensation: inventory.unit-swap-refused, written with the previous unit (which stays the deal's) and
     * the event's id, so transaction-service puts the deal back on it; once, however often the event comes.
     */
    private void tellRefused(UnitSwap command, RuleRefusedException refused) {
        ConcurrentChangeException.retrying(5, () -> {
            if (units.hasApplied(command.previousUnitId(), command.eventId())) {
                return false;
            }
            Unit previous = find(command.previousUnitId());
            units.save(previous, List.of(new UnitEvent.SwapRefused(previous, command.dealId(), command.unitId(),
                    command.changeOrderId(), refused.rule().id(), refused.getMessage(), command.swappedAt())),
                    command.eventId());
            return true;
        });
    }

    /** Step 2: the previous unit back on sale, unless this event did it already or it is no longer the deal's. */
    void releasePrevious(UnitSwap command) {
        AtomicReference<Hold> released = new AtomicReference<>();
        ConcurrentChangeException.retrying(5, () -> {
            if (units.hasApplied(command.previousUnitId(), command.eventId())) {
                return false;
            }
            Unit unit = find(command.previousUnitId());
            if (!command.dealId().equals(unit.takenBy())) {
                return false;
            }
            Hold hold = unit.hold();
            UnitEvent back = unit.cancel(command.dealId(), "unit swap to " + command.unitId() + ": " + command.reason(),
                    command.decidedBy(), command.swappedAt());
            units.save(unit, List.of(back), command.eventId());
            released.set(hold);
            return true;
        });
        Hold hold = released.get();
        if (hold != null && hold.quotaSlot() != null) {
            quotas.free(hold.quotaSlot());
        }
    }

    private Unit find(String unitId) {
        return units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }
}
