package com.anchang.transaction.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.transaction.DealOpened;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;

/** Turns the domain's deal events into versioned contract events on the transaction topic, keyed by deal id. */
public class TransactionEvents {

    private final Outbox outbox;

    public TransactionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxEntry toOutbox(DealEvent event) {
        Deal deal = event.deal();
        return outbox.entry(Topics.TRANSACTION, deal.id(), deal.officeId(), toContract(event));
    }

    public static Record toContract(DealEvent event) {
        Deal deal = event.deal();
        return switch (event) {
            case DealEvent.Opened opened -> new DealOpened(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), deal.consultantId(), deal.leadId(), deal.openedAt());
            case DealEvent.DepositReceived received -> new DepositReceived(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.consultantId(), deal.leadId(), deal.buyer().name(),
                    deal.buyer().mobile(), deal.deposit().amount(), deal.deposit().receivedAt(),
                    deal.downPaymentDueDate());
        };
    }
}
