package com.anchang.transaction.application;

import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealPolicy;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.StaffMember;
import com.anchang.transaction.domain.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How every step of a deal runs: the deal read, scoped to the caller (a consultant sees their own deals,
 * sales control, finance and the PM their office's, head office its developer's; to anyone else a deal
 * is unknown, 404), the caller's role checked (403), a client's retry with the same request id answered
 * with the deal as it is (one effect), the rule decided by the deal, and its new state, its events and
 * the request id written in one compare-and-set — re-read and decided again when another writer won.
 */
public class DealSteps {

    /** One step: what the deal decides, given the office's policy and the time. */
    @FunctionalInterface
    public interface Step {
        List<DealEvent> apply(Deal deal, StaffMember caller, DealPolicy policy, Instant now);
    }

    private final DealRepository deals;
    private final DealPolicies policies;
    private final Clock clock;

    public DealSteps(DealRepository deals, DealPolicies policies, Clock clock) {
        this.deals = deals;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Runs a step on a deal.
     *
     * @param command the step's name, recorded with the request id (a request id names one command)
     * @param requestId the client's id for this request, or null
     * @param action the action a role refusal names (403)
     * @param roles the office roles that may take the step
     */
    public Deal run(Caller caller, String dealId, String requestId, String command, String action, String[] roles,
            Step step) {
        return ConcurrentChangeException.retrying(5, () -> {
            Deal deal = visible(caller, dealId);
            caller.mustHold(deal.officeId(), action, roles);
            if (deal.alreadyDid(requestId, command)) {
                return deal;
            }
            DealPolicy policy = policies.forOffice(deal.officeId());
            List<DealEvent> events = step.apply(deal, staff(caller, deal.officeId()), policy, clock.instant());
            deal.remember(requestId, command);
            deals.save(deal, events, null);
            return deal;
        });
    }

    /** The deal, if the caller may see it; 404 otherwise (its existence is not leaked). */
    public Deal visible(Caller caller, String dealId) {
        Deal deal = deals.find(dealId).orElseThrow(() -> new NotFoundException("deal", dealId));
        if (!sees(caller, deal)) {
            throw new NotFoundException("deal", dealId);
        }
        return deal;
    }

    /**
     * A consultant sees their own deals; sales control, finance and the PM every deal of their office;
     * head office every deal of its developer.
     */
    public static boolean sees(Caller caller, Deal deal) {
        if (!caller.sees(deal.developerId(), deal.officeId())) {
            return false;
        }
        return caller.headOffice() || caller.holds(deal.officeId(), Caller.SALES_CONTROL, Caller.FINANCE, Caller.PM)
                || (caller.holds(deal.officeId(), Caller.CONSULTANT) && deal.consultantId().equals(caller.userId()));
    }

    /** The caller as the deal sees them: their roles at the deal's office (none for head office). */
    public static StaffMember staff(Caller caller, String officeId) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String role : caller.officeRoles().getOrDefault(officeId, Set.of())) {
            for (StaffRole known : StaffRole.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        }
        return new StaffMember(caller.userId(), roles);
    }

    public DealPolicy policy(String officeId) {
        return policies.forOffice(officeId);
    }

    public Instant now() {
        return clock.instant();
    }

    public DealRepository deals() {
        return deals;
    }
}
