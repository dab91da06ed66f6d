package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.util.List;

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

    /** A deal of the buyer recognised after another, with the cumulative of the buyer's deals before it now. */
    record Later(String dealId, BigDecimal cumulativeBefore) {
    }

    /**
     * The buyer's deals recognised after {@code dealId}, cancelled ones left out, each with the cumulative amount
     * of the buyer's deals recognised before it as they stand now (a price changed, a deal withdrawn): what COMM-4
     * weighs them on when an earlier deal changes. Empty when the deal is not among the buyer's.
     */
    List<Later> after(String developerId, String buyerKey, String dealId);
}
