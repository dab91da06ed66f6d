package com.anchang.transaction.domain;

/** How a deposit was paid (DEAL-2: the receipt states it). */
public enum PaymentMethod {
    CASH,
    CARD,
    TRANSFER,
    /** Valid once the cheque clears (DEAL-2). */
    CHEQUE
}
