package com.anchang.transaction.application;

import com.anchang.support.problem.NotFoundException;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealRepository;

/** Reads of deals. */
public class ViewingDeals {

    private final DealRepository deals;

    public ViewingDeals(DealRepository deals) {
        this.deals = deals;
    }

    public Deal deal(String dealId) {
        return deals.find(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
    }
}
