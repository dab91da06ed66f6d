package com.anchang.transaction.domain;

/** What happened to a deal that others must know; the messaging adapter turns these into contract events. */
public sealed interface DealEvent {

    Deal deal();

    record Opened(Deal deal) implements DealEvent {
    }

    record DepositReceived(Deal deal) implements DealEvent {
    }
}
