package com.anchang.transaction.application;

import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * DEAL-7: the periodic sweep that puts deals on their office's escalation list when a deadline passes
 * unmet — the down payment overdue, sales control's hold about to lapse without a formal deposit. Each
 * deal is decided and written on its own (a compare-and-set, re-read when another writer won), so the
 * sweep is safe to run again and on several instances: a cause already entered is not entered twice.
 */
public class SweepingEscalations {

    private final DealRepository deals;
    private final DealPolicies policies;

    public SweepingEscalations(DealRepository deals, DealPolicies policies) {
        this.deals = deals;
        this.policies = policies;
    }

    /** Raises what is due at {@code now}; returns how many entries were raised. */
    public int sweep(Instant now) {
        int raised = 0;
        for (Deal candidate : deals.withDeadlineBy(now)) {
            if (candidate.escalateDue(now, policies.forOffice(candidate.officeId())).isEmpty()) {
                continue; // decided on a copy: nothing new, nothing written
            }
            raised += ConcurrentChangeException.retrying(5, () -> {
                Optional<Deal> found = deals.find(candidate.id());
                if (found.isEmpty()) {
                    return 0;
                }
                Deal deal = found.get();
                List<DealEvent> events = deal.escalateDue(now, policies.forOffice(deal.officeId()));
                if (!events.isEmpty()) {
                    deals.save(deal, events, null);
                }
                return events.size();
            });
        }
        return raised;
    }

    /** The earliest instant after {@code now} at which a sweep would raise something (PeriodicJob.NextWork). */
    public Optional<Instant> nextWorkAfter(Instant now) {
        return deals.withNextDeadline().stream()
                .map(deal -> deal.nextEscalationAfter(now, policies.forOffice(deal.officeId())))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }
}
