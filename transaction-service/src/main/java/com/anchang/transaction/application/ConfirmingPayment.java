package com.anchang.transaction.application;

import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealPolicy;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import com.anchang.transaction.domain.ReceiptSeries;
import com.anchang.transaction.domain.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * DEAL-1/2: a second staff member of the deal's office confirms a payment with their own sign-in, and
 * only then its receipt is issued. The deal decides first (the same person twice, someone who is not
 * staff of the office, a step whose turn has passed: 409 naming the rule); the register then numbers
 * the receipt — the next number of the office's series for the year, without gaps — and the deal takes
 * it, its step completing, in one write with its events.
 *
 * <p>Two documents, no transaction: the register's entry is written first, keyed by number and unique
 * per payment, so an attempt interrupted after it (a crash, a lost compare-and-set) finds the same
 * receipt again when resumed and never takes a second number. If the deal changed meanwhile so that it
 * no longer takes the receipt (cancelled, say), the receipt is recorded on the deal as voided: every
 * number is accounted for (ADR 13).
 */
public class ConfirmingPayment {

    static final String COMMAND = "confirm-payment";

    private final DealSteps steps;
    private final ReceiptRegister register;

    public ConfirmingPayment(DealSteps steps, ReceiptRegister register) {
        this.steps = steps;
        this.register = register;
    }

    public Deal confirm(Caller caller, String dealId, String paymentId, String requestId) {
        AtomicReference<Receipt> issued = new AtomicReference<>();
        try {
            return ConcurrentChangeException.retrying(5, () -> {
                Deal deal = steps.visible(caller, dealId);
                if (deal.alreadyDid(requestId, COMMAND)) {
                    return deal;
                }
                StaffMember confirmer = DealSteps.staff(caller, deal.officeId());
                DealPolicy policy = steps.policy(deal.officeId());
                Instant now = steps.now();
                Receipt draft = deal.receiptFor(paymentId, confirmer, now, policy);
                Receipt receipt = register.issue(ReceiptSeries.of(policy.receiptPrefix(), now, policy.zone()), draft);
                issued.set(receipt);
                List<DealEvent> events = deal.confirmPayment(paymentId, confirmer, receipt, now, policy);
                deal.remember(requestId, COMMAND);
                steps.deals().save(deal, events, null);
                return deal;
            });
        } catch (RuleRefusedException refused) {
            if (issued.get() != null) {
                voidUntaken(caller, dealId, issued.get(), refused);
            }
            throw refused;
        }
    }

    /** The deal changed under an issued receipt so that it will not take it: the receipt is voided on the deal. */
    private void voidUntaken(Caller caller, String dealId, Receipt receipt, RuleRefusedException because) {
        ConcurrentChangeException.retrying(5, () -> {
            Deal deal = steps.visible(caller, dealId);
            deal.voidUntaken(receipt, caller.userId(), steps.now(), "issued while the deal changed, never handed "
                    + "over (" + because.getMessage() + ")").ifPresent(voided -> steps.deals().save(deal,
                    List.of(voided), null));
            return deal;
        });
    }
}
