package com.anchang.inventory.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.inventory.application.CancellingDeal;
import com.anchang.inventory.application.ContractingUnit;
import com.anchang.inventory.application.ReservingUnit;
import com.anchang.inventory.application.SwappingUnit;
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

    /** UNIT-1: the deal's sales contract is signed: its reserved unit is CONTRACTED. */
    @Bean
    EventHandler<ContractSigned> contractOnSigning(ContractingUnit contracting) {
        return EventHandler.of(Topics.TRANSACTION, ContractSigned.TYPE, ContractSigned.VERSION, ContractSigned.class,
                (event, envelope) -> contracting.contract(new ContractingUnit.ContractUnit(event.unitId(),
                        event.dealId(), event.signedAt(), envelope.eventId())));
    }

    /**
     * A unit swap (换房) approved in transaction-service: the new unit reserved for the deal, the previous one
     * back on sale; a redelivery completes a swap that stopped between the two.
     */
    @Bean
    EventHandler<UnitSwapped> swapOnChangeOrder(SwappingUnit swapping) {
        return EventHandler.of(Topics.TRANSACTION, UnitSwapped.TYPE, UnitSwapped.VERSION, UnitSwapped.class,
                (event, envelope) -> swapping.swap(new SwappingUnit.UnitSwap(event.dealId(), event.previousUnitId(),
                        event.unitId(), event.consultantId(), event.buyerName(), event.reason(), event.decidedBy(),
                        event.swappedAt(), event.changeOrderId(), envelope.eventId())));
    }

    /** UNIT-1: the deal is cancelled: its unit goes back on sale, its opening quota slot is freed (OPEN-2). */
    @Bean
    EventHandler<DealCancelled> releaseOnCancellation(CancellingDeal cancelling) {
        return EventHandler.of(Topics.TRANSACTION, DealCancelled.TYPE, DealCancelled.VERSION, DealCancelled.class,
                (event, envelope) -> cancelling.cancelled(new CancellingDeal.DealCancelled(event.unitId(),
                        event.dealId(), event.reason(), event.cancelledBy() == null ? "transaction-service"
                                : event.cancelledBy(), event.cancelledAt(), envelope.eventId())));
    }
}
