package com.anchang.transaction.application;

import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealRepository;

/** Reads of deals: by the staff of the deal's office and its head office; to anyone else a deal is unknown (404). */
public class ViewingDeals {

    private final DealRepository deals;

    public ViewingDeals(DealRepository deals) {
        this.deals = deals;
    }

    public Deal deal(Caller caller, String dealId) {
        Deal deal = deals.find(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
        caller.mustSee(deal.developerId(), deal.officeId(), "deal", dealId);
        return deal;
    }
}
