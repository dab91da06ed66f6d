package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import java.util.List;

/** The handover (交房), recorded by the deal's consultant or the PM: after the mortgage, or after the contract for a cash buyer. */
public class HandingOver {

    private final DealSteps steps;

    public HandingOver(DealSteps steps) {
        this.steps = steps;
    }

    public Deal handOver(Caller caller, String dealId, String requestId) {
        return steps.run(caller, dealId, requestId, "hand-over", "record the handover", Subscribing.DEAL_STAFF,
                (deal, by, policy, now) -> List.of(deal.handOver(by.userId(), now)));
    }
}
