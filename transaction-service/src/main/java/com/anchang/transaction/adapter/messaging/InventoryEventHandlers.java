package com.anchang.transaction.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
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
            NotingUnitHeld.Outcome outcome = noting.note(new NotingUnitHeld.UnitHeldForDeal(event.dealId(),
                    event.unitId(), event.heldAt(), event.holdExpiresAt(), envelope.eventId()));
            switch (outcome) {
                case UNKNOWN_DEAL -> log.info("unit {} held for deal {}, which this service does not know; skipped",
                        event.unitCode(), event.dealId());
                case ALREADY_APPLIED -> log.info("hold {} of unit {} for deal {} was applied before; skipped",
                        envelope.eventId(), event.unitCode(), event.dealId());
                case APPLIED -> log.debug("deal {} now holds unit {}", event.dealId(), event.unitCode());
            }
        });
    }
}
