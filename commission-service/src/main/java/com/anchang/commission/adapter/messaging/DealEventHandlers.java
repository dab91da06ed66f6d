package com.anchang.commission.adapter.messaging;

import static com.anchang.commission.adapter.messaging.Required.field;

import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.CreditingDeal.DealEvent;
import com.anchang.commission.application.CreditingDeal.Step;
import com.anchang.commission.domain.DealCredit.DealFacts;
import com.anchang.events.Topics;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.SubscriptionSigned;
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
                (e, envelope) -> crediting.credit(new DealEvent(Step.DEPOSIT_RECEIVED, field(e.dealId(), type, "dealId"),
                        new DealFacts(field(e.developerId(), type, "developerId"), field(e.officeId(), type, "officeId"),
                                e.unitId(), e.leadId(), field(e.consultantId(), type, "consultantId"), e.buyerMobile(),
                                e.dealPrice() != null ? e.dealPrice() : field(e.amount(), type, "amount"),
                                e.dealPrice() != null ? "deal price at the deposit" : "deposit (deal price not known yet)",
                                field(e.receivedAt(), type, "receivedAt")),
                        envelope.eventId())));
    }

    @Bean
    EventHandler<SubscriptionSigned> creditOnSubscription(CreditingDeal crediting) {
        String type = SubscriptionSigned.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, SubscriptionSigned.VERSION, SubscriptionSigned.class,
                (e, envelope) -> crediting.credit(new DealEvent(Step.SUBSCRIPTION_SIGNED,
                        field(e.dealId(), type, "dealId"),
                        new DealFacts(field(e.developerId(), type, "developerId"), field(e.officeId(), type, "officeId"),
                                e.unitId(), e.leadId(), e.consultantId(), e.buyerMobile(),
                                field(e.price(), type, "price"), "subscription price",
                                field(e.signedAt(), type, "signedAt")),
                        envelope.eventId())));
    }

    @Bean
    EventHandler<ContractSigned> creditOnContract(CreditingDeal crediting) {
        String type = ContractSigned.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, ContractSigned.VERSION, ContractSigned.class,
                (e, envelope) -> crediting.credit(new DealEvent(Step.CONTRACT_SIGNED, field(e.dealId(), type, "dealId"),
                        new DealFacts(field(e.developerId(), type, "developerId"), field(e.officeId(), type, "officeId"),
                                e.unitId(), e.leadId(), e.consultantId(), e.buyerMobile(), e.dealPrice(),
                                "contract price", field(e.signedAt(), type, "signedAt")),
                        envelope.eventId())));
    }

    @Bean
    EventHandler<DealCancelled> reverseOnCancellation(CreditingDeal crediting) {
        String type = DealCancelled.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, DealCancelled.VERSION, DealCancelled.class,
                (e, envelope) -> crediting.cancel(new CreditingDeal.CancelDeal(field(e.dealId(), type, "dealId"),
                        field(e.developerId(), type, "developerId"), field(e.officeId(), type, "officeId"), e.unitId(),
                        e.leadId(), e.reason(), envelope.eventId())));
    }
}
