package com.anchang.inventory.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.inventory.application.ReservingUnit;
import com.anchang.support.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** transaction-service's events that drive sales control, translated into inventory commands here. */
@Configuration(proxyBeanMethods = false)
public class DealEventHandlers {

    @Bean
    EventHandler<DepositReceived> reserveOnDeposit(ReservingUnit reserving) {
        return EventHandler.of(Topics.TRANSACTION, DepositReceived.TYPE, DepositReceived.VERSION, DepositReceived.class,
                (event, envelope) -> reserving.reserve(new ReservingUnit.ReserveUnit(event.unitId(), event.dealId(),
                        event.receivedAt(), envelope.eventId())));
    }
}
