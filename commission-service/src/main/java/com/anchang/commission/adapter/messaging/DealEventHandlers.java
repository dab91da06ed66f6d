package com.anchang.commission.adapter.messaging;

import static com.anchang.commission.adapter.messaging.Required.field;

import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.CreditingDeal.ChangeOrder;
import com.anchang.commission.application.CreditingDeal.CollectMoney;
import com.anchang.commission.application.CreditingDeal.DealEvent;
import com.anchang.commission.application.CreditingDeal.Step;
import com.anchang.commission.domain.DealCredit.DealFacts;
import com.anchang.events.Topics;
import com.anchang.events.transaction.BuyerChanged;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.commission.domain.PayoutStage;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.HandedOver;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.messaging.EventHandler;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** transaction-service's events that drive credit, commission and payouts, translated into commission commands here. */
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
                        e.leadId(), e.reason(), e.cancelledAt(), envelope.eventId(), e.forfeit(), forfeited(e))));
    }

    /** What the developer kept of the buyer's payments (定金罚则): the refunds' forfeited parts. */
    static BigDecimal forfeited(DealCancelled e) {
        return e.refunds() == null ? BigDecimal.ZERO : e.refunds().stream()
                .map(r -> r.forfeited() == null ? BigDecimal.ZERO : r.forfeited())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A price change (or its undo): the deal's amount is the price now; credit and commission are adjusted. */
    @Bean
    EventHandler<PriceChanged> adjustOnPriceChange(CreditingDeal crediting) {
        String type = PriceChanged.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, PriceChanged.VERSION, PriceChanged.class,
                (e, envelope) -> crediting.change(new ChangeOrder(field(e.dealId(), type, "dealId"),
                        field(e.developerId(), type, "developerId"), field(e.officeId(), type, "officeId"), e.unitId(),
                        e.leadId(), e.changeOrderId(), e.undo() ? "price change undone" : "price changed",
                        field(e.price(), type, "price"), e.changedAt(), envelope.eventId())));
    }

    /** A unit swap (or its undo): the credit names the new unit, and its amount is the price now. */
    @Bean
    EventHandler<UnitSwapped> adjustOnUnitSwap(CreditingDeal crediting) {
        String type = UnitSwapped.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, UnitSwapped.VERSION, UnitSwapped.class,
                (e, envelope) -> crediting.change(new ChangeOrder(field(e.dealId(), type, "dealId"),
                        field(e.developerId(), type, "developerId"), field(e.officeId(), type, "officeId"),
                        field(e.unitId(), type, "unitId"), e.leadId(), e.changeOrderId(),
                        (e.undo() ? "unit swap undone, back to " : "unit swapped to ")
                                + (e.unitCode() != null ? e.unitCode() : e.unitId()),
                        field(e.price(), type, "price"), e.swappedAt(), envelope.eventId())));
    }

    /** A buyer change (更名, or its undo): COMM-4 stays with the deal's buyer; recorded once, no entry. */
    @Bean
    EventHandler<BuyerChanged> recordBuyerChange(CreditingDeal crediting) {
        String type = BuyerChanged.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, BuyerChanged.VERSION, BuyerChanged.class,
                (e, envelope) -> crediting.buyerChanged(new CreditingDeal.BuyerChange(field(e.dealId(), type, "dealId"),
                        field(e.developerId(), type, "developerId"), field(e.officeId(), type, "officeId"), e.unitId(),
                        e.leadId(), envelope.eventId())));
    }

    /** What an event of money collected (or of the handover) says: its deal and when. */
    record Money(String dealId, String developerId, String officeId, String unitId, Instant at) {
    }

    /** Pays out the stage (the handover when {@code stage} is null) of each event of this type. */
    static <E> EventHandler<E> collect(CreditingDeal crediting, String type, int version, Class<E> payload,
            PayoutStage stage, Function<E, Money> read) {
        return EventHandler.of(Topics.TRANSACTION, type, version, payload, (e, envelope) -> {
            Money m = read.apply(e);
            crediting.collect(new CollectMoney(field(m.dealId(), type, "dealId"), field(m.developerId(), type,
                    "developerId"), field(m.officeId(), type, "officeId"), m.unitId(), stage, m.at(), envelope.eventId()));
        });
    }

    @Bean
    EventHandler<DownPaymentReceived> payOnDownPayment(CreditingDeal crediting) {
        return collect(crediting, DownPaymentReceived.TYPE, DownPaymentReceived.VERSION, DownPaymentReceived.class,
                PayoutStage.DOWN_PAYMENT_RECEIVED,
                e -> new Money(e.dealId(), e.developerId(), e.officeId(), e.unitId(), e.receivedAt()));
    }

    @Bean
    EventHandler<MortgageCompleted> payOnMortgage(CreditingDeal crediting) {
        return collect(crediting, MortgageCompleted.TYPE, MortgageCompleted.VERSION, MortgageCompleted.class,
                PayoutStage.MORTGAGE_COMPLETED,
                e -> new Money(e.dealId(), e.developerId(), e.officeId(), e.unitId(), e.completedAt()));
    }

    @Bean
    EventHandler<HandedOver> releaseOnHandover(CreditingDeal crediting) {
        return collect(crediting, HandedOver.TYPE, HandedOver.VERSION, HandedOver.class, null,
                e -> new Money(e.dealId(), e.developerId(), e.officeId(), e.unitId(), e.handedOverAt()));
    }
}
