package com.anchang.commission.domain;

import java.math.BigDecimal;

/** Port: each buyer's recognised deals in order, for COMM-4's cumulative tiering. */
public interface BuyerTotalsRepository {

    /**
     * Adds the deal to the buyer's recognised deals (once: a second call for the same deal adds nothing)
     * and answers the cumulative amount of the buyer's deals recognised before it, cancelled ones left out.
     */
    BigDecimal recognise(String developerId, String buyerKey, String dealId, BigDecimal amount);

    /** The deal was cancelled: it no longer counts towards the buyer's deals recognised after it. */
    void withdraw(String developerId, String buyerKey, String dealId);

    /**
     * A change order set the deal's amount: the buyer's deals recognised after it count it from now on (a
     * deal not recognised yet is not added).
     */
    void changeAmount(String developerId, String buyerKey, String dealId, BigDecimal amount);
}
