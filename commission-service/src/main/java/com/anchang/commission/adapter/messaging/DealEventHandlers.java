package com.anchang.commission.adapter.messaging;

import static com.anchang.commission.adapter.messaging.Required.field;

import com.anchang.commission.application.CreditingDeal;
import com.anchang.events.Topics;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** transaction-service's events that drive commission, translated into commission commands here. */
@Configuration(proxyBeanMethods = false)
public class DealEventHandlers {

    @Bean
    EventHandler<DepositReceived> creditOnDeposit(CreditingDeal crediting) {
        String type = DepositReceived.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, DepositReceived.VERSION, DepositReceived.class,
                (event, envelope) -> crediting.credit(new CreditingDeal.CreditDeal(
                        field(event.dealId(), type, "dealId"),
                        field(event.developerId(), type, "developerId"),
                        field(event.officeId(), type, "officeId"),
                        event.unitId(),
                        event.leadId(),
                        field(event.consultantId(), type, "consultantId"),
                        field(event.amount(), type, "amount"),
                        field(event.receivedAt(), type, "receivedAt"),
                        envelope.eventId())));
    }
}
