package com.anchang.notification.domain;

/** What a buyer's reminder is about. */
public enum ReminderKind {
    /** NOTE-1: the down payment falls due. */
    DOWN_PAYMENT,
    /** NOTE-2: the mortgage appointment at the bank. */
    MORTGAGE
}
