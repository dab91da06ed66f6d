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
    TEMPORARY_REFUNDED,
    // appended only: the month documents store amounts as an array in this order
    /** The deal price of subscriptions cancelled after signing, as it stood when cancelled: off the net subscribed amount. */
    CANCELLED_SUBSCRIBED,
    /** The deal price of contracts cancelled after signing, as it stood when cancelled: off the net contracted amount. */
    CANCELLED_CONTRACTED,
    /** New price − previous price of swaps on subscribed deals (± swapped). */
    SWAPPED_SUBSCRIBED,
    /** New price − previous price of swaps on contracted deals. */
    SWAPPED_CONTRACTED,
    /** New price − previous price of price changes (a price change always follows the subscription). */
    REPRICED_SUBSCRIBED,
    /** New price − previous price of price changes on contracted deals. */
    REPRICED_CONTRACTED,
    /** The special discounts approved (list price − discounted price). */
    DISCOUNTS,
    /** Kept from the buyer on cancellations and forfeits (定金罚则), not refunded. */
    FORFEITED,
    /** Mortgage loans disbursed: collected from the banks. */
    LOANS_DISBURSED,
    /**
     * Floor area (建筑面积, m²) of the units reserved (formal deposit or swap), less that of reserved units released;
     * not CNY, kept to the hundredth of a m² like the fen.
     */
    AREA_RESERVED,
    /** The list price of those units. */
    LIST_RESERVED,
    /** Their price: the list price less an approved special discount (UNIT-4). */
    PRICE_RESERVED,
    /** Floor area (m²) of the units contracted, less that of contracted units released. */
    AREA_CONTRACTED,
    LIST_CONTRACTED,
    PRICE_CONTRACTED,
    /** Performance credit (业绩) entered in commission-service's ledgers: credits less reversals. */
    CREDITED
}
