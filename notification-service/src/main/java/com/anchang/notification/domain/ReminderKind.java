package com.anchang.notification.domain;

/** What a buyer's reminder is about. */
public enum ReminderKind {
    /** NOTE-1: the down payment falls due. */
    DOWN_PAYMENT,
    /** NOTE-2: the mortgage appointment at the bank. */
    MORTGAGE,
    /** NOTE-1 for a cash buyer's instalments (分期付款): one falls due (several per deal, each its own date). */
    INSTALMENT
}
