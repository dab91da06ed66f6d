package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;

/**
 * DEAL-5, DEAL-3: the deal's consultant or the PM records the signed sales contract — refused without a
 * passed eligibility check; the subscription is reclaimed. inventory-service contracts the unit on the event.
 */
public class SigningContract {

    private final DealSteps steps;

    public SigningContract(DealSteps steps) {
        this.steps = steps;
    }

    public Deal sign(Caller caller, String dealId, String requestId, String contractNumber) {
        return steps.run(caller, dealId, requestId, "sign-contract", "sign the sales contract", Subscribing.DEAL_STAFF,
                (deal, by, policy, now) -> deal.signContract(contractNumber, by.userId(), now));
    }
}
