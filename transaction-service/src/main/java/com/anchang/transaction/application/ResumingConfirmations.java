package com.anchang.transaction.application;

import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEAL-1/2 (ADR 13): completes the confirmations that stopped half-way — the register issued a receipt for
 * a deal's waiting payment, and the deal never took it (the process stopped between the two writes, and
 * the client did not retry). The deal takes the receipt as the confirmation would have, at the receipt's
 * time: the buyer holds a numbered receipt, so the deal must show it. A receipt younger than
 * {@code settle} is left to the confirmation that may still be under way.
 */
public class ResumingConfirmations {

    private static final Logger log = LoggerFactory.getLogger(ResumingConfirmations.class);

    private final DealRepository deals;
    private final ReceiptRegister register;
    private final DealPolicies policies;
    private final Duration settle;

    public ResumingConfirmations(DealRepository deals, ReceiptRegister register, DealPolicies policies,
            Duration settle) {
        this.deals = deals;
        this.register = register;
        this.policies = policies;
        this.settle = settle;
    }

    /** Completes what stopped before {@code now − settle}; returns how many confirmations were completed. */
    public int resume(Instant now) {
        int completed = 0;
        for (Deal candidate : deals.waitingForConfirmation()) {
            Optional<Receipt> stalled = candidate.waiting().map(Payment::id).flatMap(register::forPayment)
                    .filter(receipt -> !receipt.issuedAt().isAfter(now.minus(settle)));
            if (stalled.isEmpty()) {
                continue;
            }
            try {
                completed += ConcurrentChangeException.retrying(5, () -> {
                    Deal deal = deals.find(candidate.id()).orElseThrow();
                    List<DealEvent> events = deal.resumeConfirmation(stalled.get(), policies.forOffice(deal.officeId()));
                    if (!events.isEmpty()) {
                        deals.save(deal, events, null);
                    }
                    return events.isEmpty() ? 0 : 1;
                });
            } catch (RuleRefusedException refused) {
                log.warn("receipt {} of deal {} was issued, but the deal refuses it now: {}; it waits for a person",
                        stalled.get().number(), candidate.id(), refused.getMessage());
            }
        }
        return completed;
    }
}
