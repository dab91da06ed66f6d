package com.anchang.notification.domain;

/** What a reminder is about: a buyer's (NOTE-1, NOTE-2) or, by SMS, a consultant's or a PM's (NOTE-6). */
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
    PROTECTION_LAPSING,
    /** NOTE-6, LEAD-5: to each PM of the office, a collision waits for their decision. */
    COLLISION_WAITING,
    /** NOTE-6, COMM-3: to each PM of the office, a claim on a deal's credit waits for their decision. */
    CLAIM_WAITING;

    /**
     * Whether it goes to a member of staff (a consultant's own reminder, or what waits for the PM, by SMS: NOTE-6)
     * rather than to a deal's buyer.
     */
    public boolean toConsultant() {
        return this == FOLLOW_UP_DUE || this == PROTECTION_LAPSING || this == COLLISION_WAITING || this == CLAIM_WAITING;
    }
}
