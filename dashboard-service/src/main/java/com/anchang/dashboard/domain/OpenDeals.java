package com.anchang.dashboard.domain;

import java.util.Map;

/**
 * The read model's store of what is open of each office's deals (a down payment due, a mortgage in progress):
 * one entry per deal, replaced by the deal's latest state after each of its events, removed when nothing is
 * open, so a redelivered event leaves it as it was.
 */
public interface OpenDeals {

    void put(String officeId, String dealId, DealState.Open open);

    void remove(String officeId, String dealId);

    /** The office's open deals by deal id. */
    Map<String, DealState.Open> of(String officeId);
}
