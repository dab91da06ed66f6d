package com.anchang.dashboard.domain;

/** What an office sums per day, in CNY (fen-exact). */
public enum Amount {
    /** Temporary deposits received; the formal deposit later takes them over, so they are not in collections. */
    TEMPORARY_DEPOSITS,
    /** Formal deposits received, each as its receipt states it (the temporary deposit it takes over included). */
    FORMAL_DEPOSITS,
    DOWN_PAYMENTS,
    /** The price of the subscriptions signed. */
    SUBSCRIBED,
    /** The price of the contracts signed (when the event states it). */
    CONTRACTED,
    /** Refunded on cancellation of a deal that had reached its formal deposit: subtracted from collections. */
    REFUNDED,
    /** Temporary deposits refunded on cancellation before a formal deposit. */
    TEMPORARY_REFUNDED
}
