package com.anchang.transaction.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitSwapRefused;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import com.anchang.transaction.application.NotingDiscount;
import com.anchang.transaction.application.NotingSwapRefused;
import com.anchang.transaction.application.NotingUnitHeld;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** inventory-service's events that move deals along, translated into transaction commands here. */
@Configuration(proxyBeanMethods = false)
public class InventoryEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(InventoryEventHandlers.class);

    @Bean
    EventHandler<UnitHeld> noteUnitHeld(NotingUnitHeld noting) {
        return EventHandler.of(Topics.INVENTORY, UnitHeld.TYPE, UnitHeld.VERSION, UnitHeld.class, (event, envelope) -> {
            if (event.dealId() == null || event.unitId() == null || event.holdExpiresAt() == null) {
                throw new PoisonEventException("UnitHeld without dealId, unitId or holdExpiresAt");
            }
            logged(noting.note(new NotingUnitHeld.UnitHeldForDeal(event.dealId(), event.unitId(), event.heldAt(),
                    event.holdExpiresAt(), event.listPrice(), event.consultantId(), envelope.eventId())), "hold",
                    envelope.eventId(),
                    event.unitCode(), event.dealId());
        });
    }

    /** UNIT-4: an approved discount sets the deal's price (list price less the discount). */
    @Bean
    EventHandler<DiscountApproved> noteDiscount(NotingDiscount noting) {
        return EventHandler.of(Topics.INVENTORY, DiscountApproved.TYPE, DiscountApproved.VERSION, DiscountApproved.class,
                (event, envelope) -> {
                    if (event.dealId() == null || event.discountedPrice() == null) {
                        throw new PoisonEventException("DiscountApproved without dealId or discountedPrice");
                    }
                    logged(noting.note(new NotingDiscount.DiscountApprovedForDeal(event.dealId(),
                            event.discountedPrice(), event.approvedBy(), event.approvedAt(), envelope.eventId())),
                            "discount", envelope.eventId(), event.unitCode(), event.dealId());
                });
    }

    /** DEAL-9: sales control could not take the unit a swap moved the deal to: the deal goes back to its unit. */
    @Bean
    EventHandler<UnitSwapRefused> noteSwapRefused(NotingSwapRefused noting) {
        return EventHandler.of(Topics.INVENTORY, UnitSwapRefused.TYPE, UnitSwapRefused.VERSION, UnitSwapRefused.class,
                (event, envelope) -> {
                    if (event.dealId() == null || event.changeOrderId() == null || event.unitId() == null) {
                        throw new PoisonEventException("UnitSwapRefused without dealId, changeOrderId or unitId");
                    }
                    logged(noting.note(new NotingSwapRefused.SwapRefused(event.dealId(), event.changeOrderId(),
                            event.unitId(), event.rule(), event.reason(), event.refusedAt(), envelope.eventId())),
                            "refused swap", envelope.eventId(), event.unitId(), event.dealId());
                });
    }

    private static void logged(NotingUnitHeld.Outcome outcome, String what, String eventId, String unitCode,
            String dealId) {
        switch (outcome) {
            case UNKNOWN_DEAL -> log.info("{} of unit {} for deal {}, which this service does not know; skipped", what,
                    unitCode, dealId);
            case ALREADY_APPLIED -> log.info("{} {} of unit {} for deal {} was applied before; skipped", what, eventId,
                    unitCode, dealId);
            case APPLIED -> log.debug("deal {} noted the {} of unit {}", dealId, what, unitCode);
        }
    }
}
