package com.anchang.transaction.application;

import com.anchang.transaction.domain.DealRepository;
import java.time.Instant;

/**
 * DEAL-9 compensation: sales control could not take the unit an approved swap moved a deal to
 * (inventory.unit-swap-refused) and kept the previous unit reserved for it; the deal goes back to that unit, the
 * change order undone, and transaction.unit-swapped (undo) tells the other consumers. Driven by inventory-service's
 * events, so it is idempotent: the applied event id is recorded in the same write.
 */
public class NotingSwapRefused {

    public record SwapRefused(String dealId, String changeOrderId, String refusedUnitId, String rule, String reason,
            Instant refusedAt, String eventId) {
    }

    private final DealRepository deals;

    public NotingSwapRefused(DealRepository deals) {
        this.deals = deals;
    }

    public NotingUnitHeld.Outcome note(SwapRefused command) {
        return NotingUnitHeld.applyOnce(deals, command.dealId(), command.eventId(), deal -> deal.swapRefused(
                command.changeOrderId(), command.refusedUnitId(), command.rule(), command.reason(),
                command.refusedAt()));
    }
}
