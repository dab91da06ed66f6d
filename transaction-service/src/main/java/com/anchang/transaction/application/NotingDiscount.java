package com.anchang.transaction.application;

import com.anchang.transaction.domain.DealRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * UNIT-4: the PM approved a special discount on a deal's held unit (inventory-service): the deal's
 * price is the discounted one — the deal price is the unit's list price less the approved discount.
 * Driven by inventory-service's events, so it is idempotent: the applied event id is recorded in the same write.
 */
public class NotingDiscount {

    public record DiscountApprovedForDeal(String dealId, BigDecimal discountedPrice, String approvedBy,
            Instant approvedAt, String eventId) {
    }

    private final DealRepository deals;

    public NotingDiscount(DealRepository deals) {
        this.deals = deals;
    }

    public NotingUnitHeld.Outcome note(DiscountApprovedForDeal command) {
        return NotingUnitHeld.applyOnce(deals, command.dealId(), command.eventId(), deal -> {
            deal.discountApproved(command.discountedPrice(), command.approvedBy(), command.approvedAt());
            return List.of();
        });
    }
}
