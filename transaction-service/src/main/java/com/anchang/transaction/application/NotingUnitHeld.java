package com.anchang.transaction.application;

import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sales control held a unit for a deal (UNIT-2): the deal moves to UNIT_HELD. Driven by
 * inventory-service's events, so it is idempotent: the applied event id is recorded in the same write.
 */
public class NotingUnitHeld {

    /**
     * @param listPrice the unit's list price as the hold states it (the deal's price until a discount), or null
     * @param heldBy who took the hold
     */
    public record UnitHeldForDeal(String dealId, String unitId, Instant heldAt, Instant holdExpiresAt,
            BigDecimal listPrice, String heldBy, String eventId) {
    }

    public enum Outcome {
        APPLIED,
        /** This event was applied before (a redelivery). */
        ALREADY_APPLIED,
        /** No deal with that id here: inventory may hold units for deals opened elsewhere. */
        UNKNOWN_DEAL
    }

    private final DealRepository deals;

    public NotingUnitHeld(DealRepository deals) {
        this.deals = deals;
    }

    public Outcome note(UnitHeldForDeal command) {
        return applyOnce(deals, command.dealId(), command.eventId(), deal -> {
            deal.unitHeld(command.unitId(), command.heldAt(), command.holdExpiresAt(), command.listPrice(),
                    command.heldBy());
            return List.of();
        });
    }

    /**
     * Applies an incoming event to its deal once: a deal not known here is skipped, an event applied before
     * (a redelivery) changes nothing, and otherwise the change, the events it causes and the event's id go
     * into one compare-and-set write — re-read and decided again when another writer won.
     */
    static Outcome applyOnce(DealRepository deals, String dealId, String eventId,
            Function<Deal, List<DealEvent>> change) {
        return ConcurrentChangeException.retrying(5, () -> {
            Optional<Deal> found = deals.find(dealId);
            if (found.isEmpty()) {
                return Outcome.UNKNOWN_DEAL;
            }
            if (deals.hasApplied(dealId, eventId)) {
                return Outcome.ALREADY_APPLIED;
            }
            Deal deal = found.get();
            deals.save(deal, change.apply(deal), eventId);
            return Outcome.APPLIED;
        });
    }
}
