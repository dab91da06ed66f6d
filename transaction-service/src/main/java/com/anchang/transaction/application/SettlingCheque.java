package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;

/**
 * DEAL-2: finance or the PM records a buyer's cheque as cleared (its receipt valid, the receipt it took
 * over reclaimed, DEAL-3) or bounced (its receipt voided, the payment due again).
 */
public class SettlingCheque {

    private final DealSteps steps;

    public SettlingCheque(DealSteps steps) {
        this.steps = steps;
    }

    public Deal settle(Caller caller, String dealId, String paymentId, boolean cleared, String note, String requestId) {
        return steps.run(caller, dealId, requestId, "settle-cheque", "record a cheque's outcome", ReceivingMoney.ROLES,
                (deal, by, policy, now) -> deal.settleCheque(paymentId, cleared, note, by, now));
    }
}
