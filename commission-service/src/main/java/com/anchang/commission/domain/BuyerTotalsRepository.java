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
}
