package com.anchang.commission.application;

import com.anchang.commission.domain.BuyerTotalsRepository;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipTimeline;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Credits deals from transaction-service's events (COMM-1/2/4/6) by the ownership history of their
 * lead at the closing instant, and decides again when a late ownership fact arrives. Idempotent per
 * event id: the ids applied are stored with the deal's credit and its ledger entries, in one write.
 */
public class CreditingDeal {

    /** Where in the deal's life an event stands. */
    public enum Step {
        DEPOSIT_RECEIVED,
        SUBSCRIPTION_SIGNED,
        CONTRACT_SIGNED
    }

    public record DealEvent(Step step, String dealId, DealCredit.DealFacts facts, String eventId) {
    }

    public record CancelDeal(String dealId, String developerId, String officeId, String unitId, String leadId,
            String reason, String eventId) {
    }

    private final DealCreditRepository credits;
    private final OwnershipTimelineRepository timelines;
    private final BuyerTotalsRepository buyers;
    private final CreditRules rules;
    private final OfficeCreditPolicy policy;
    private final Clock clock;

    public CreditingDeal(DealCreditRepository credits, OwnershipTimelineRepository timelines, BuyerTotalsRepository buyers,
            CreditRules rules, OfficeCreditPolicy policy, Clock clock) {
        this.credits = credits;
        this.timelines = timelines;
        this.buyers = buyers;
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * A deal event: the credit is provisional until the event the office recognises credit at (the
     * subscription or the contract, policy); a contract recognises a credit the subscription had not.
     *
     * @return false when the event had been applied already
     */
    public boolean credit(DealEvent command) {
        if (command.facts().leadId() != null) {
            timelines.attachDeal(command.facts().leadId(), command.dealId());
        }
        return apply(command.dealId(), command.eventId(), deal -> {
            DealCredit taken = deal.with(command.facts(), command.eventId());
            OwnershipTimeline timeline = timelineOf(taken);
            if (!taken.recognised() && taken.stage() == DealCredit.Stage.PROVISIONAL && recognises(command.step())
                    && taken.amount() != null) {
                BigDecimal before = taken.buyerKey() == null || taken.developerId() == null ? BigDecimal.ZERO
                        : buyers.recognise(taken.developerId(), taken.buyerKey(), taken.dealId(), taken.amount());
                return taken.recognise(command.facts().at(), before, timeline, policy, rules, command.eventId(),
                        clock.instant());
            }
            return taken.decide(timeline, policy, rules, command.eventId(), clock.instant());
        });
    }

    /** COMM-6: the deal was cancelled: its credit is reversed by entries of their own. */
    public boolean cancel(CancelDeal command) {
        boolean applied = apply(command.dealId(), command.eventId(), deal -> deal
                .with(new DealCredit.DealFacts(command.developerId(), command.officeId(), command.unitId(),
                        command.leadId(), null, null, null, null, null), command.eventId())
                .cancel(command.eventId(), clock.instant(), command.reason()));
        credits.find(command.dealId()).filter(deal -> deal.buyerKey() != null && deal.developerId() != null)
                .ifPresent(deal -> buyers.withdraw(deal.developerId(), deal.buyerKey(), deal.dealId()));
        return applied;
    }

    /**
     * A fact of a lead's ownership arrived (perhaps after its deals): each deal of the lead is decided
     * again from the ownership at its closing instant; a recognised credit that moves posts reversals
     * and new credits caused by that fact's event.
     */
    public void ownershipChanged(String leadId, String eventId) {
        for (String dealId : timelines.dealsOf(leadId)) {
            // a deal attached but not stored yet gets a bare document recording the fact: its own event's
            // insert then fails, and it reads the timeline again with this fact in it
            apply(dealId, eventId, deal -> deal.considered(eventId)
                    .decide(timelineOf(deal), policy, rules, eventId, clock.instant()));
        }
    }

    private boolean recognises(Step step) {
        return switch (step) {
            case DEPOSIT_RECEIVED -> false;
            case SUBSCRIPTION_SIGNED -> policy.recognition() == OfficeCreditPolicy.Recognition.SUBSCRIPTION;
            case CONTRACT_SIGNED -> true;
        };
    }

    private OwnershipTimeline timelineOf(DealCredit deal) {
        return deal.leadId() == null ? null : timelines.find(deal.leadId()).orElse(null);
    }

    /** Compare-and-set: read, decide, write if nobody wrote between; again otherwise. */
    private boolean apply(String dealId, String eventId, UnaryOperator<DealCredit> change) {
        while (true) {
            DealCredit deal = credits.find(dealId).orElseGet(() -> DealCredit.open(dealId));
            if (deal.applied(eventId)) {
                return false;
            }
            if (credits.save(change.apply(deal))) {
                return true;
            }
        }
    }
}
