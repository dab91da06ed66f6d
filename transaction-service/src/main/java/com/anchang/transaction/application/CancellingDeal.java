package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import java.util.List;

/**
 * DEAL-8: the PM cancels a deal at any step before the handover, with a reason — one write: the deal
 * CANCELLED, waiting payments dropped, open receipts voided (also any the register issued for a waiting
 * payment whose confirmation was interrupted), refunds recorded by office policy, and the DealCancelled
 * event that releases the unit (inventory-service), reverses commission and cancels reminders. Safe to
 * repeat: a cancelled deal answers as it is. An interrupted attempt left nothing half-done to resume but
 * those register entries, which the next attempt finds.
 */
public class CancellingDeal {

    private final DealSteps steps;
    private final ReceiptRegister register;

    public CancellingDeal(DealSteps steps, ReceiptRegister register) {
        this.steps = steps;
        this.register = register;
    }

    public Deal cancel(Caller caller, String dealId, String requestId, String reason, PaymentMethod refundMethod) {
        return steps.run(caller, dealId, requestId, "cancel", "cancel a deal (DEAL-8)", new String[] {Caller.PM},
                (deal, by, policy, now) -> {
                    List<Receipt> untaken = deal.waiting().flatMap(waiting -> register.forPayment(waiting.id()))
                            .stream().toList();
                    return deal.cancel(reason, refundMethod, by, untaken, now, policy);
                });
    }

    /**
     * DEAL-8: the deal's own consultant (or the PM) withdraws a deal opened in error, still OPENED with
     * nothing paid (e.g. its hold was refused). Safe to repeat.
     */
    public Deal withdraw(Caller caller, String dealId, String requestId, String reason) {
        return steps.run(caller, dealId, requestId, "withdraw", "withdraw a deal opened in error (DEAL-8)",
                new String[] {Caller.CONSULTANT, Caller.PM}, (deal, by, policy, now) -> deal.withdraw(reason, by, now));
    }
}
