package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.PaymentEntry;
import java.util.List;

/**
 * DEAL-1: finance or the PM of the deal's office enters money received from the buyer (a consultant,
 * or anyone else who sees the deal: 403); the payment waits for a second staff member's confirmation
 * ({@link ConfirmingPayment}) before any receipt exists. Amount, method details and dates are checked
 * (400 naming the field), the order of the steps and the rules by the deal (409 naming the rule).
 */
public class ReceivingMoney {

    public static final String[] ROLES = {Caller.FINANCE, Caller.PM};

    private final DealSteps steps;

    public ReceivingMoney(DealSteps steps) {
        this.steps = steps;
    }

    public Deal enter(Caller caller, String dealId, String requestId, PaymentEntry entry) {
        return steps.run(caller, dealId, requestId, "enter-payment", "receive money (DEAL-1)", ROLES,
                (deal, by, policy, now) -> {
                    deal.enterPayment(entry, by, now, policy);
                    return List.of();
                });
    }
}
