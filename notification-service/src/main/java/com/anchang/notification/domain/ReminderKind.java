package com.anchang.notification.domain;

/** What a reminder is about: a buyer's (NOTE-1, NOTE-2) or, by SMS, a consultant's (NOTE-6). */
public enum ReminderKind {
    /** NOTE-1: the down payment falls due. */
    DOWN_PAYMENT,
    /** NOTE-2: the mortgage appointment at the bank. */
    MORTGAGE,
    /** NOTE-1 for a cash buyer's instalments (分期付款): one falls due (several per deal, each its own date). */
    INSTALMENT,
    /** NOTE-6, LEAD-11/LEAD-12: to a consultant, a follow-up on their lead is due. */
    FOLLOW_UP_DUE,
    /** NOTE-6, LEAD-11: to a consultant, their lead's protection is about to lapse. */
    PROTECTION_LAPSING;

    /** Whether it goes to a consultant (their own reminder by SMS, NOTE-6) rather than to a deal's buyer. */
    public boolean toConsultant() {
        return this == FOLLOW_UP_DUE || this == PROTECTION_LAPSING;
    }
}
