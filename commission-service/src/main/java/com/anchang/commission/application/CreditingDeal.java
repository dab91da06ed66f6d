package com.anchang.commission.application;

import com.anchang.commission.domain.BuyerTotalsRepository;
import com.anchang.commission.domain.ClaimEvent;
import com.anchang.commission.domain.CommissionPlan;
import com.anchang.commission.domain.CommissionRules;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.commission.domain.OwnershipTimeline;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.commission.domain.PayoutStage;
import com.anchang.commission.domain.RateSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Credits deals from transaction-service's events (COMM-1/2/4/6) by the ownership history of their
 * lead at the closing instant, and decides again when a late ownership fact arrives; prices their
 * commission by the office's plan and pays it out as the money comes in. Idempotent per event id: the
 * ids applied are stored with the deal's credit and its ledger entries, in one write.
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

    /**
     * @param at when it was cancelled (null: when it arrived here)
     * @param forfeit whether it ended by a forfeit (挞定: the buyer walked away, the deposits kept)
     * @param forfeited what the developer kept of the buyer's payments (zero on a cancellation)
     */
    public record CancelDeal(String dealId, String developerId, String officeId, String unitId, String leadId,
            String reason, Instant at, String eventId, boolean forfeit, BigDecimal forfeited) {

        /** A cancellation, not a forfeit. */
        public CancelDeal(String dealId, String developerId, String officeId, String unitId, String leadId,
                String reason, Instant at, String eventId) {
            this(dealId, developerId, officeId, unitId, leadId, reason, at, eventId, false, BigDecimal.ZERO);
        }
    }

    /**
     * Money of the deal collected (a payout stage), or the unit handed over ({@code stage} null), at {@code at}.
     */
    public record CollectMoney(String dealId, String developerId, String officeId, String unitId, PayoutStage stage,
            Instant at, String eventId) {
    }

    /**
     * A change order (a price change or a unit swap, or the undo of one) set the deal's price {@code price}
     * and its unit {@code unitId} (null: unchanged) at {@code at}.
     *
     * @param what "price changed", "unit swapped to 3-1802", with "undone" when it is an undo
     */
    public record ChangeOrder(String dealId, String developerId, String officeId, String unitId, String leadId,
            String changeOrderId, String what, BigDecimal price, Instant at, String eventId) {
    }

    /**
     * A change order changed who buys beside the buyer (更名: a co-buyer added or removed, or the undo of one).
     */
    public record BuyerChange(String dealId, String developerId, String officeId, String unitId, String leadId,
            String eventId) {
    }

    private final DealCreditRepository credits;
    private final OwnershipTimelineRepository timelines;
    private final BuyerTotalsRepository buyers;
    private final CreditRules rules;
    private final CommissionRules commissionRules = new CommissionRules();
    private final OfficePolicies policies;
    private final Clock clock;

    public CreditingDeal(DealCreditRepository credits, OwnershipTimelineRepository timelines, BuyerTotalsRepository buyers,
            CreditRules rules, OfficePolicies policies, Clock clock) {
        this.credits = credits;
        this.timelines = timelines;
        this.buyers = buyers;
        this.rules = rules;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * A deal event: the credit is provisional until the event the office recognises credit at (the
     * subscription or the contract, policy); a contract recognises a credit the subscription had not.
     *
     * @return false when the event had been applied already
     */
    public boolean credit(DealEvent command) {
        return applyWithTimeline(command.dealId(), command.facts().leadId(), command.eventId(), (deal, timeline) -> {
            DealCredit taken = deal.with(command.facts(), command.eventId());
            OfficeCreditPolicy policy = policies.forOffice(taken.officeId());
            if (!taken.recognised() && taken.stage() == DealCredit.Stage.PROVISIONAL
                    && recognises(command.step(), policy) && taken.amount() != null) {
                BigDecimal before = taken.buyerKey() == null || taken.developerId() == null ? BigDecimal.ZERO
                        : buyers.recognise(taken.developerId(), taken.buyerKey(), taken.dealId(), taken.amount());
                // the closing instant is the recognising event's: with() took it while provisional
                return taken.recognise(command.facts().at(), before, timeline, policy, rules, ratesFor(taken, policy),
                        command.eventId(), command.facts().at());
            }
            return taken.decide(timeline, policy, rules, ratesFor(taken, policy), command.eventId(),
                    orNow(command.facts().at()));
        });
    }

    /**
     * COMM-6: the deal was cancelled: its credit is reversed by entries of their own; ended by a forfeit
     * (挞定), the same, and the office's ‰ of what was forfeited earned by its consultants (policy, none by default).
     */
    public boolean cancel(CancelDeal command) {
        boolean applied = apply(command.dealId(), command.eventId(), deal -> {
            DealCredit taken = deal.with(new DealCredit.DealFacts(command.developerId(), command.officeId(),
                    command.unitId(), command.leadId(), null, null, null, null, null), command.eventId());
            DealCredit.Forfeit forfeit = command.forfeit() ? new DealCredit.Forfeit(
                    command.forfeited() == null ? BigDecimal.ZERO : command.forfeited(),
                    policies.forOffice(taken.officeId()).forfeitPerMille()) : null;
            return taken.cancel(command.eventId(), orNow(command.at()), command.reason(), forfeit);
        });
        credits.find(command.dealId()).filter(deal -> deal.buyerKey() != null && deal.developerId() != null)
                .ifPresent(deal -> {
                    buyers.withdraw(deal.developerId(), deal.buyerKey(), deal.dealId());
                    retierLater(deal, "deal " + deal.dealId() + " of the same buyer: "
                            + (command.forfeit() ? "forfeited" : "cancelled"), command.eventId(), command.at());
                });
        return applied;
    }

    /**
     * A change order set the deal's price (and unit): a recognised credit and its commission are adjusted
     * by entries of the difference caused by the event, and the buyer's totals (COMM-4) count the new price;
     * before the deal's own events it is kept and stands against their older price.
     */
    public boolean change(ChangeOrder command) {
        String source = DealCredit.CHANGE_ORDER + (command.changeOrderId() == null ? "" : " " + command.changeOrderId())
                + ": " + command.what();
        boolean applied = applyWithTimeline(command.dealId(), command.leadId(), command.eventId(), (deal, timeline) -> {
            DealCredit taken = deal.with(new DealCredit.DealFacts(command.developerId(), command.officeId(), null,
                    command.leadId(), null, null, null, null, null), command.eventId());
            OfficeCreditPolicy policy = policies.forOffice(taken.officeId());
            return taken.changed(command.price(), command.unitId(), source, timeline, policy, rules,
                    ratesFor(taken, policy), command.eventId(), orNow(command.at()));
        });
        credits.find(command.dealId()).filter(deal -> deal.recognised() && deal.buyerKey() != null
                && deal.developerId() != null)
                .ifPresent(deal -> {
                    buyers.changeAmount(deal.developerId(), deal.buyerKey(), deal.dealId(), deal.amount());
                    retierLater(deal, "deal " + deal.dealId() + " of the same buyer: " + command.what() + " ("
                            + command.price().toPlainString() + " CNY)", command.eventId(), command.at());
                });
        return applied;
    }

    /**
     * COMM-4 follows the buyer: the deal stays in the cumulative of the buyer it was recognised for (their mobile),
     * whoever joins or leaves the purchase beside them — a co-buyer is not a new customer of the deal (a spouse is
     * the same customer, LEAD-6; anyone else joins this buyer's purchase). So the deal's weighing, and the
     * weighing of the buyer's deals before and after it, stand: no entry is posted; the change is recorded as
     * applied (once), and its lead attached to the deal as any deal event's. A renaming to dodge a claim (LEAD-9)
     * is a violation lead-service records, which moves the credit by its own event.
     *
     * @return false when the event had been applied already
     */
    public boolean buyerChanged(BuyerChange command) {
        return applyWithTimeline(command.dealId(), command.leadId(), command.eventId(), (deal, timeline) -> deal.with(
                new DealCredit.DealFacts(command.developerId(), command.officeId(), command.unitId(), command.leadId(),
                        null, null, null, null, null), command.eventId()));
    }

    /**
     * COMM-4 worked again for the buyer's deals recognised after {@code changed} (its amount changed or it was
     * cancelled): each whose cumulative-before moved is adjusted by entries caused by the same event, so a
     * redelivery adds nothing. Run after the buyer's totals were written, whether or not this delivery applied
     * the change to the deal itself (a stop between the writes is mended by the redelivery).
     */
    private void retierLater(DealCredit changed, String why, String eventId, Instant at) {
        for (BuyerTotalsRepository.Later later : buyers.after(changed.developerId(), changed.buyerKey(), changed.dealId())) {
            boolean moved = credits.find(later.dealId()).filter(DealCredit::recognised)
                    .filter(deal -> deal.cumulativeBefore() == null
                            || deal.cumulativeBefore().compareTo(later.cumulativeBefore()) != 0)
                    .isPresent();
            if (moved) {
                apply(later.dealId(), eventId, deal -> {
                    OfficeCreditPolicy policy = policies.forOffice(deal.officeId());
                    return deal.retiered(later.cumulativeBefore(), why, timelineOf(deal), policy, rules,
                            ratesFor(deal, policy), eventId, orNow(at));
                });
            }
        }
    }

    /**
     * Money collected for a deal (its payout stage paid out, less the holdback) or its unit handed over
     * (the rest paid, the holdback released).
     */
    public boolean collect(CollectMoney command) {
        return apply(command.dealId(), command.eventId(), deal -> {
            DealCredit taken = deal.with(new DealCredit.DealFacts(command.developerId(), command.officeId(),
                    command.unitId(), null, null, null, null, null, null), command.eventId());
            return command.stage() == null ? taken.handedOver(command.eventId(), orNow(command.at()))
                    : taken.collected(command.stage(), command.eventId(), orNow(command.at()));
        });
    }

    /**
     * A fact of a lead's ownership arrived (perhaps after its deals): each deal of the lead is decided
     * again from the ownership at its closing instant; a recognised credit that moves posts reversals
     * and new credits caused by that fact's event.
     */
    public void ownershipChanged(String leadId, String eventId, Instant at) {
        ownershipChanged(timelines.dealsOf(leadId), eventId, at);
    }

    /** The same, for the lead's deals as read with the fact's write. */
    void ownershipChanged(List<String> dealsOfTheLead, String eventId, Instant at) {
        for (String dealId : dealsOfTheLead) {
            // a deal attached but not stored yet gets a bare document recording the fact: its own event's
            // insert then fails, and it reads the timeline again with this fact in it
            apply(dealId, eventId, deal -> {
                OfficeCreditPolicy policy = policies.forOffice(deal.officeId());
                return deal.considered(eventId).decide(timelineOf(deal), policy, rules, ratesFor(deal, policy), eventId,
                        orNow(at));
            });
        }
    }

    /**
     * A credited consultant's rate on this deal: the plan's rate per deal, or for monthly tiers the tier
     * their month's credited total reaches with this deal (the month of the closing instant in the office's
     * zone), with what the month's earlier deals owe when it crosses one.
     */
    RateSource ratesFor(DealCredit deal, OfficeCreditPolicy policy) {
        return (consultantId, credited, plan) -> {
            if (plan.kind() == CommissionPlan.Kind.PER_DEAL || deal.closedAt() == null) {
                return commissionRules.rate(consultantId, credited, plan, CommissionRules.MonthSoFar.EMPTY);
            }
            YearMonth month = YearMonth.from(deal.closedAt().atZone(policy.zone()));
            BigDecimal monthCredited = BigDecimal.ZERO;
            BigDecimal monthEarned = BigDecimal.ZERO;
            for (DealCredit other : credits.concerningInMonth(deal.developerId(), deal.officeId(), consultantId, month)) {
                if (!other.dealId().equals(deal.dealId()) && other.closedAt() != null
                        && YearMonth.from(other.closedAt().atZone(policy.zone())).equals(month)) {
                    monthCredited = monthCredited.add(other.nets().getOrDefault(consultantId, BigDecimal.ZERO));
                    monthEarned = monthEarned.add(
                            other.nets(LedgerEntry.Book.COMMISSION).getOrDefault(consultantId, BigDecimal.ZERO));
                }
            }
            return commissionRules.rate(consultantId, credited, plan,
                    new CommissionRules.MonthSoFar(monthCredited, monthEarned));
        };
    }

    /** Entries are dated by their cause's instant (a replay dates them alike); a cause without one, by arrival. */
    private Instant orNow(Instant at) {
        return at != null ? at : clock.instant();
    }

    private static boolean recognises(Step step, OfficeCreditPolicy policy) {
        return switch (step) {
            case DEPOSIT_RECEIVED -> false;
            case SUBSCRIPTION_SIGNED -> policy.recognition() == OfficeCreditPolicy.Recognition.SUBSCRIPTION;
            case CONTRACT_SIGNED -> true;
        };
    }

    OwnershipTimeline timelineOf(DealCredit deal) {
        return deal.leadId() == null ? null : timelines.find(deal.leadId()).orElse(null);
    }

    /**
     * {@link #apply} for an event that names the deal's lead ({@code leadId}, null when it names none): the deal is
     * attached to the lead before its write, and the change decides with the lead's timeline read after the
     * deal's read — so a fact recorded before the deal was read is in it, and one recorded after finds the deal
     * attached and decides it again (whichever comes second sees both). The attach's own read serves as the
     * timeline when the deal did not name this lead yet; once it does, the timeline alone is read.
     */
    private boolean applyWithTimeline(String dealId, String leadId, String eventId,
            java.util.function.BiFunction<DealCredit, OwnershipTimeline, DealCredit> change) {
        while (true) {
            DealCredit deal = credits.find(dealId).orElseGet(() -> DealCredit.open(dealId));
            if (deal.applied(eventId)) {
                return false;
            }
            String lead = leadId != null ? leadId : deal.leadId();
            OwnershipTimeline timeline = leadId != null && !leadId.equals(deal.leadId())
                    ? timelines.attachDeal(leadId, dealId)
                    : lead == null ? null : timelines.find(lead).orElse(null);
            if (credits.save(change.apply(deal, timeline), deal)) {
                return true;
            }
        }
    }

    /** Compare-and-set: read, decide, write if nobody wrote between; again otherwise. */
    boolean apply(String dealId, String eventId, UnaryOperator<DealCredit> change) {
        return apply(dealId, eventId, change, changed -> List.of());
    }

    /**
     * The same, the events of the change decided from the changed deal and written with it: a retry after a
     * lost compare-and-set decides them again, and a command already applied writes none.
     */
    boolean apply(String dealId, String eventId, UnaryOperator<DealCredit> change,
            Function<DealCredit, List<ClaimEvent>> announcing) {
        while (true) {
            DealCredit deal = credits.find(dealId).orElseGet(() -> DealCredit.open(dealId));
            if (deal.applied(eventId)) {
                return false;
            }
            DealCredit changed = change.apply(deal);
            if (credits.save(changed, deal, announcing.apply(changed))) {
                return true;
            }
        }
    }
}
