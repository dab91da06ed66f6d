package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import java.util.List;

/** DEAL-5: the deal's consultant, finance or the PM records the purchase-eligibility check: result, basis, who, when. */
public class CheckingEligibility {

    static final String[] ROLES = {Caller.CONSULTANT, Caller.FINANCE, Caller.PM};

    private final DealSteps steps;

    public CheckingEligibility(DealSteps steps) {
        this.steps = steps;
    }

    public Deal check(Caller caller, String dealId, String requestId, boolean passed, String basis) {
        return steps.run(caller, dealId, requestId, "check-eligibility", "check purchase eligibility", ROLES,
                (deal, by, policy, now) -> List.of(deal.checkEligibility(passed, basis, by.userId(), now)));
    }
}
