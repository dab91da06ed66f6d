package com.anchang.commission.domain;

import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The credit of one deal (业绩), its commission (佣金), and its own part of the append-only ledger.
 * Provisional until the deal event the office recognises credit at (COMM-1: the subscription or the
 * contract); recognised, it posts credit and commission entries, and payouts as the money comes in; a
 * late ownership fact or a PM's decision that changes who is credited posts reversals and new entries
 * (never an edit); a cancellation reverses every consultant's credit and commission and claws back what
 * was paid (COMM-6). Idempotent: the ids of the events applied are kept in the same document as their effect.
 *
 * @param closingConsultantId who closed the deal (took the deposit, signed the subscription)
 * @param buyerKey the buyer's identity for COMM-4 (normalised mobile), null when not carried
 * @param amount the deal's amount: its price once known, the deposit before ({@code amountSource} says which)
 * @param closedAt the closing instant: the recognising event's, or the latest deal event's while provisional
 * @param cumulativeBefore the buyer's recognised deals before this one, fixed at recognition (COMM-4)
 * @param allocation the current decision with its reasons, null before the first
 * @param commission the commission terms frozen at the recognition and the money collected
 * @param adjudication the PM's latest decision overriding the ownership rules (COMM-3, COMM-5), null when none
 * @param claims the consultants' claims on the deal and their decisions (COMM-3)
 * @param revision the stored revision (-1 when new), for compare-and-set
 */
public record DealCredit(String dealId, String developerId, String officeId, String unitId, String leadId,
        String closingConsultantId, String buyerKey, BigDecimal amount, String amountSource, Instant closedAt,
        Stage stage, BigDecimal cumulativeBefore, Allocation allocation, Commission commission,
        Adjudication adjudication, List<Claim> claims, List<LedgerEntry> entries, List<String> appliedEventIds,
        long revision) {

    /** How {@code amountSource} starts when a change order set the amount. */
    public static final String CHANGE_ORDER = "change order";

    public enum Stage {
        /** before the recognising event: shown, not in any balance */
        PROVISIONAL,
        /** recognised: in the ledger, may still move with late ownership facts or a PM's decision */
        RECOGNISED,
        /** the deal was cancelled: every credit and commission reversed, payouts clawed back (COMM-6) */
        REVERSED
    }

    /** What one deal event says about the deal; nulls leave what is known. */
    public record DealFacts(String developerId, String officeId, String unitId, String leadId, String closingConsultantId,
            String buyerMobile, BigDecimal amount, String amountSource, Instant at) {
    }

    public DealCredit {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(stage, "stage");
        commission = commission == null ? Commission.NONE : commission;
        claims = claims == null ? List.of() : List.copyOf(claims);
        entries = List.copyOf(entries);
        appliedEventIds = List.copyOf(appliedEventIds);
    }

    public static DealCredit open(String dealId) {
        return new DealCredit(dealId, null, null, null, null, null, null, null, null, null, Stage.PROVISIONAL, null,
                null, Commission.NONE, null, List.of(), List.of(), List.of(), -1);
    }

    /** The same credit as stored at another revision. */
    public DealCredit atRevision(long stored) {
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, allocation, commission, adjudication, claims, entries,
                appliedEventIds, stored);
    }

    public boolean applied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    public boolean recognised() {
        return stage == Stage.RECOGNISED;
    }

    /**
     * A deal event's facts taken in (the event id recorded), before deciding. Once recognised, the
     * amount and the closing instant are frozen with the credit.
     */
    public DealCredit with(DealFacts f, String eventId) {
        boolean frozen = stage != Stage.PROVISIONAL;
        // a change order's price and unit stand: another event may carry the deal as it was before the change
        boolean changed = changeOrdered();
        return new DealCredit(dealId, or(f.developerId(), developerId), or(f.officeId(), officeId),
                changed ? or(unitId, f.unitId()) : or(f.unitId(), unitId),
                or(f.leadId(), leadId), or(f.closingConsultantId(), closingConsultantId),
                or(BuyerKey.of(f.buyerMobile()), buyerKey), frozen || changed || f.amount() == null ? amount : f.amount(),
                frozen || changed || f.amount() == null ? amountSource : f.amountSource(),
                frozen ? closedAt : or(f.at(), closedAt),
                stage, cumulativeBefore, allocation, commission, adjudication, claims, entries, plus(eventId), revision);
    }

    /** Recorded that an event (an ownership fact) was considered, whatever it changed. */
    public DealCredit considered(String eventId) {
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, allocation, commission, adjudication, claims, entries,
                plus(eventId), revision);
    }

    /**
     * COMM-1: recognised at {@code at} with the buyer's cumulative before it (COMM-4): the office's
     * commission plan, payout stages and holdback are frozen with the deal, and the credit and commission
     * entries (and payouts for money already collected) are posted, caused by {@code eventId}.
     */
    public DealCredit recognise(Instant at, BigDecimal buyersCumulativeBefore, OwnershipTimeline timeline,
            OfficeCreditPolicy policy, CreditRules rules, RateSource rates, String eventId, Instant now) {
        DealCredit recognised = new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId,
                buyerKey, amount, amountSource, at, Stage.RECOGNISED, buyersCumulativeBefore, allocation,
                commission.freeze(policy), adjudication, claims, entries, appliedEventIds, revision);
        return recognised.decide(timeline, policy, rules, rates, eventId, now);
    }

    /**
     * Decides again who is credited: from the PM's adjudication when there is one, else from the
     * ownership at the closing instant. Provisional: only the decision changes. Recognised: when the
     * decision changes the consultants' amounts, every net credit is reversed and the new shares
     * credited, and commission and payouts follow, caused by {@code cause}. Reversed: nothing changes.
     */
    public DealCredit decide(OwnershipTimeline timeline, OfficeCreditPolicy policy, CreditRules rules, RateSource rates,
            String cause, Instant now) {
        if (stage == Stage.REVERSED || amount == null || closedAt == null) {
            return this;
        }
        Allocation decided = decision(timeline, policy, rules);
        List<LedgerEntry> posted = new ArrayList<>(entries);
        if (stage == Stage.RECOGNISED && !target(decided).equals(nets())) {
            posted.addAll(reversals(cause, now, "credit moved: " + decided.reason()));
            for (Share share : decided.shares()) {
                if (share.amount().signum() != 0) {
                    posted.add(entry(cause, LedgerEntry.Kind.CREDIT, share.consultantId(), share.amount(), now,
                            String.join(", ", decided.ruleIds()) + ": " + decided.reason()));
                }
            }
        }
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, decided, commission, adjudication, claims, posted,
                appliedEventIds, revision).settle(rates, cause, now);
    }

    /** Whether the deal's amount (and unit) were last set by a change order (price change, unit swap). */
    public boolean changeOrdered() {
        return amountSource != null && amountSource.startsWith(CHANGE_ORDER);
    }

    /**
     * A change order (UNIT-4) set the deal's price, and perhaps its unit: the amount is the new price,
     * the tiering (COMM-4) is taken again on it against the buyer's cumulative before the deal. Recognised,
     * each consultant's credit already entered is adjusted by an entry of the difference caused by
     * {@code eventId} ({@code CREDIT} up, {@code REVERSAL} down; never an edit), and commission and payouts
     * follow at the rates frozen with the deal; an undo is a change back, adjusted alike. Provisional, only
     * the amount and the decision change; reversed (cancelled), the facts are kept and nothing is entered.
     *
     * @param unitId the deal's unit now (null: unchanged)
     * @param source why the amount is what it is, e.g. "change order co-1: price changed" (starts with
     *     {@link #CHANGE_ORDER})
     */
    public DealCredit changed(BigDecimal price, String unitId, String source, OwnershipTimeline timeline,
            OfficeCreditPolicy policy, CreditRules rules, RateSource rates, String eventId, Instant now) {
        DealCredit taken = new DealCredit(dealId, developerId, officeId, or(unitId, this.unitId), leadId,
                closingConsultantId, buyerKey, price, source, closedAt, stage, cumulativeBefore, allocation, commission,
                adjudication, claims, entries, plus(eventId), revision);
        if (stage != Stage.RECOGNISED || closedAt == null) {
            return taken.decide(timeline, policy, rules, rates, eventId, now);
        }
        return taken.adjusted(timeline, policy, rules, rates, eventId, now, source + ": the deal's amount "
                + amount.toPlainString() + " to " + price.toPlainString() + " CNY, credit adjusted");
    }

    /**
     * COMM-4 worked again after an earlier deal of the same buyer changed (a price change, a swap, a
     * cancellation; {@code why} says which): this deal, recognised after it, is weighed on the buyer's
     * cumulative before it as it stands now, and each consultant's credit is adjusted by an entry of the
     * difference caused by {@code eventId} (never an edit), commission and payouts following at the frozen rates.
     * Recorded as applied whatever it changes; only a recognised deal is adjusted.
     */
    public DealCredit retiered(BigDecimal buyersCumulativeBefore, String why, OwnershipTimeline timeline,
            OfficeCreditPolicy policy, CreditRules rules, RateSource rates, String eventId, Instant now) {
        if (stage != Stage.RECOGNISED || closedAt == null || amount == null
                || cumulativeBefore != null && cumulativeBefore.compareTo(buyersCumulativeBefore) == 0) {
            return considered(eventId);
        }
        DealCredit taken = new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey,
                amount, amountSource, closedAt, stage, buyersCumulativeBefore, allocation, commission, adjudication, claims,
                entries, plus(eventId), revision);
        return taken.adjusted(timeline, policy, rules, rates, eventId, now, "COMM-4: " + why
                + ": the buyer's deals before this one " + (cumulativeBefore == null ? "0" : cumulativeBefore.toPlainString())
                + " to " + buyersCumulativeBefore.toPlainString() + " CNY, credit adjusted");
    }

    /**
     * This (recognised) deal with its new facts decided again: each consultant's credit brought to the new
     * decision by an entry of the difference ({@code CREDIT} up, {@code REVERSAL} down), then commission and payouts.
     */
    private DealCredit adjusted(OwnershipTimeline timeline, OfficeCreditPolicy policy, CreditRules rules, RateSource rates,
            String eventId, Instant now, String note) {
        Allocation decided = decision(timeline, policy, rules);
        Map<String, BigDecimal> target = target(decided);
        Map<String, BigDecimal> nets = nets();
        Set<String> consultants = new LinkedHashSet<>(nets.keySet());
        consultants.addAll(target.keySet());
        List<LedgerEntry> posted = new ArrayList<>(entries);
        for (String consultant : consultants) {
            BigDecimal difference = target.getOrDefault(consultant, zero()).subtract(nets.getOrDefault(consultant, zero()));
            if (difference.signum() != 0) {
                posted.add(entry(eventId, difference.signum() > 0 ? LedgerEntry.Kind.CREDIT : LedgerEntry.Kind.REVERSAL,
                        consultant, difference, now, note + " (" + String.join(", ", decided.ruleIds()) + ")"));
            }
        }
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, decided, commission, adjudication, claims, posted,
                appliedEventIds, revision).settle(rates, eventId, now);
    }

    /**
     * Who is credited and how much: the PM's adjudication when there is one, else the ownership at the closing
     * instant, with the violations (LEAD-9) recorded before the credit was final.
     */
    private Allocation decision(OwnershipTimeline timeline, OfficeCreditPolicy policy, CreditRules rules) {
        OwnershipTimeline.Owner owner = timeline == null ? null
                : timeline.ownerAt(closedAt, policy.zone(), finalAt(policy));
        BigDecimal before = cumulativeBefore == null ? BigDecimal.ZERO : cumulativeBefore;
        Tiering tiering = rules.tier(amount, before, policy);
        return adjudication != null ? rules.award(adjudication, owner, tiering)
                : rules.allocate(closingConsultantId, owner, tiering, policy);
    }

    /**
     * The money of a payout stage was collected (the down payment, the mortgage): its share of the
     * commission is paid out, less the holdback; before the recognition it is remembered and paid then.
     */
    public DealCredit collected(PayoutStage stage, String eventId, Instant now) {
        return withCommission(commission.collected(stage), eventId).settle(RateSource.NONE, eventId, now);
    }

    /** The unit was handed over: what is still owed of the commission is paid and the holdback released. */
    public DealCredit handedOver(String eventId, Instant now) {
        return withCommission(commission.handedOverNow(), eventId).settle(RateSource.NONE, eventId, now);
    }

    /**
     * A forfeit (挞定): the buyer walked away and the developer kept {@code forfeited} of what was paid; the
     * office pays {@code perMille} ‰ of it as commission (policy, 0 by default).
     */
    public record Forfeit(BigDecimal forfeited, BigDecimal perMille) {

        public Forfeit {
            Objects.requireNonNull(forfeited, "forfeited");
            Objects.requireNonNull(perMille, "perMille");
        }
    }

    /**
     * COMM-6: the deal was cancelled; every consultant's net credit and commission is reversed, and what
     * was paid out clawed back, by entries of their own.
     */
    public DealCredit cancel(String eventId, Instant now, String reason) {
        return cancel(eventId, now, reason, null);
    }

    /**
     * COMM-6: the deal was cancelled, or ended by a forfeit ({@code forfeit} not null): either way every
     * consultant's net credit and commission is reversed and what was paid out clawed back, by entries of
     * their own, for the sale did not happen. On a forfeit the consultants the deal is credited to (or would
     * be, while provisional) earn the office's ‰ of the amount forfeited, in their shares of the deal (the odd
     * fen to the first), as a {@code FORFEIT_COMMISSION} entry caused by the same event, paid at once.
     */
    public DealCredit cancel(String eventId, Instant now, String reason, Forfeit forfeit) {
        if (stage == Stage.REVERSED) {
            return considered(eventId);
        }
        String note = (forfeit == null ? "COMM-6: deal cancelled" : "COMM-6: deal ended by a forfeit (挞定), the sale reversed")
                + (reason == null ? "" : " (" + reason + ")");
        List<LedgerEntry> posted = new ArrayList<>(entries);
        posted.addAll(reversals(eventId, now, note));
        if (forfeit != null) {
            posted.addAll(forfeitCommission(forfeit, eventId, now));
        }
        DealCredit reversed = new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey,
                amount, amountSource, closedAt, Stage.REVERSED, cumulativeBefore, allocation, commission, adjudication,
                claims, posted, plus(eventId), revision);
        return reversed.settle(RateSource.NONE, eventId, now);
    }

    /**
     * COMM-3: a consultant claims the deal, with evidence, within the office's window after its closing
     * day (in the office's time zone): the last day of the window is accepted, the next refused.
     */
    public DealCredit raise(Claim claim, OfficeCreditPolicy policy) {
        if (closedAt == null || stage != Stage.RECOGNISED) {
            throw new RuleRefusedException(CommissionRule.COMM_3,
                    "COMM-3: only a closed deal can be claimed; deal " + dealId + " is " + stage);
        }
        LocalDate closingDay = closedAt.atZone(policy.zone()).toLocalDate();
        LocalDate lastDay = closingDay.plusDays(policy.claimWindowDays());
        LocalDate today = claim.raisedAt().atZone(policy.zone()).toLocalDate();
        if (today.isAfter(lastDay)) {
            throw new RuleRefusedException(CommissionRule.COMM_3, "COMM-3: deal " + dealId
                    + " closed on " + closingDay + "; a claim was accepted until " + lastDay + " (" + policy.claimWindowDays()
                    + " days), it is " + today + ": the claim is forfeited");
        }
        if (claims.stream().anyMatch(c -> c.open() && c.claimantId().equals(claim.claimantId()))) {
            throw new RuleRefusedException(CommissionRule.COMM_3,
                    "COMM-3: " + claim.claimantId() + " already has an open claim on deal " + dealId);
        }
        List<Claim> more = new ArrayList<>(claims);
        more.add(claim);
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, allocation, commission, adjudication, more, entries,
                appliedEventIds, revision);
    }

    /**
     * COMM-6: the PM decides an open claim with a reason. Accepted, the decision's awards replace the
     * ownership rules' shares and the credit moves by entries caused by the decision; rejected, nothing
     * moves. Either way the claim records who decided, when and why.
     */
    public DealCredit decideClaim(String claimId, Adjudication decision, boolean accepted, String by, Instant at,
            String reason, OwnershipTimeline timeline, OfficeCreditPolicy policy, CreditRules rules, RateSource rates) {
        Claim claim = claims.stream().filter(c -> c.claimId().equals(claimId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no claim " + claimId + " on deal " + dealId));
        if (!claim.open()) {
            throw new RuleRefusedException(CommissionRule.COMM_6,
                    "COMM-6: claim " + claimId + " was already decided (" + claim.state() + " by " + claim.decidedBy() + ")");
        }
        if (stage == Stage.REVERSED && accepted) {
            throw new RuleRefusedException(CommissionRule.COMM_6,
                    "COMM-6: deal " + dealId + " was cancelled; its credit is reversed and cannot be awarded");
        }
        List<Claim> decided = claims.stream().map(c -> c.claimId().equals(claimId) ? c.decided(accepted, by, at, reason) : c)
                .toList();
        DealCredit recorded = new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey,
                amount, amountSource, closedAt, stage, cumulativeBefore, allocation, commission,
                accepted ? decision : adjudication, decided, entries, appliedEventIds, revision);
        return accepted ? recorded.decide(timeline, policy, rules, rates, decision.decisionId(), at) : recorded;
    }

    /**
     * COMM-5: the PM records that the closing consultant covered for a colleague's customer (ROT-8, or a
     * mutual delegation): the decision's awards replace the ownership rules' shares, without a claim.
     */
    public DealCredit adjudicate(Adjudication decision, OwnershipTimeline timeline, OfficeCreditPolicy policy,
            CreditRules rules, RateSource rates) {
        if (stage == Stage.REVERSED) {
            throw new RuleRefusedException(CommissionRule.COMM_6,
                    "COMM-6: deal " + dealId + " was cancelled; its credit is reversed and cannot be awarded");
        }
        Instant finalAt = finalAt(policy);
        if (finalAt != null && !decision.decidedAt().isBefore(finalAt)) {
            throw new RuleRefusedException(CommissionRule.COMM_3, "COMM-3: the credit of deal " + dealId
                    + " is final since " + finalAt + " (the claim window is over); it no longer moves");
        }
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, allocation, commission, decision, claims, entries,
                appliedEventIds, revision).decide(timeline, policy, rules, rates, decision.decisionId(), decision.decidedAt());
    }

    /**
     * Whether who is credited can still move (COMM-1: "a credit can move until it is final"), a state of its
     * own beside the stage.
     *
     * @param state PROVISIONAL (before the recognising event), OPEN (recognised, the COMM-3 claim window not
     *     over), CLAIMED (a claim waits for the PM's decision), FINAL, REVERSED (cancelled, COMM-6)
     * @param since when the credit became final (FINAL), else null
     * @param until the end of the claim window (OPEN: final then unless a claim is raised), else null
     */
    public record Finality(String state, Instant since, Instant until, String why) {

        public boolean isFinal() {
            return "FINAL".equals(state);
        }
    }

    /**
     * When the credit became (or becomes) final: a recognised credit is final at the end of the office's COMM-3
     * claim window (the start of the day after its last day, in the office's zone), or when the last claim raised
     * in it is decided, if later; null while provisional, reversed, or while a claim waits for the PM. Judged by
     * the deal's own instants (the closing, the decisions), never by when an event arrives, so a replay of the
     * topics decides alike. After it, a LEAD-9 violation recorded later, a PM's cover (COMM-5) and a claim
     * (COMM-3) no longer move who is credited; a cancellation still reverses it (COMM-6) and a change order or a
     * re-weighing (COMM-4) still adjusts its amount, each by entries of their own.
     */
    public Instant finalAt(OfficeCreditPolicy policy) {
        if (stage != Stage.RECOGNISED || closedAt == null || claims.stream().anyMatch(Claim::open)) {
            return null;
        }
        Instant windowEnd = closedAt.atZone(policy.zone()).toLocalDate().plusDays(policy.claimWindowDays() + 1L)
                .atStartOfDay(policy.zone()).toInstant();
        return claims.stream().map(Claim::decidedAt).filter(Objects::nonNull).filter(windowEnd::isBefore)
                .max(Instant::compareTo).orElse(windowEnd);
    }

    /** What can still move this credit at {@code now}. */
    public Finality finality(OfficeCreditPolicy policy, Instant now) {
        return switch (stage) {
            case PROVISIONAL -> new Finality("PROVISIONAL", null, null, "COMM-1: provisional until the "
                    + policy.recognition().name().toLowerCase(Locale.ROOT) + " is signed; not in any balance");
            case REVERSED -> new Finality("REVERSED", null, null, "COMM-6: the deal was cancelled, its credit reversed");
            case RECOGNISED -> {
                Instant at = finalAt(policy);
                if (at == null) {
                    yield new Finality("CLAIMED", null, null,
                            "COMM-3: a claim waits for the PM's decision; the credit may move until it is decided");
                }
                yield !now.isBefore(at)
                        ? new Finality("FINAL", at, null, "final: the COMM-3 claim window is over and every claim "
                                + "decided; only a cancellation (COMM-6) or a change of its amount adjusts it now")
                        : new Finality("OPEN", null, at, "recognised; a claim (COMM-3), a PM's decision or a LEAD-9 "
                                + "violation may still move it until the claim window ends");
            }
        };
    }

    /** Each consultant's net credit from this deal's entries (those with a non-zero net). */
    public Map<String, BigDecimal> nets() {
        return nets(LedgerEntry.Book.CREDIT);
    }

    /** Each consultant's net in one book of this deal's entries (those with a non-zero net). */
    public Map<String, BigDecimal> nets(LedgerEntry.Book book) {
        Map<String, BigDecimal> nets = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            if (e.in(book)) {
                nets.merge(e.consultantId(), e.amount(), BigDecimal::add);
            }
        }
        nets.values().removeIf(v -> v.signum() == 0);
        return nets;
    }

    /** Whether this consultant is or was credited with the deal, or would be while it is provisional. */
    public boolean concerns(String consultantId) {
        return entries.stream().anyMatch(e -> e.consultantId().equals(consultantId))
                || allocation != null && allocation.shares().stream().anyMatch(s -> s.consultantId().equals(consultantId));
    }

    /**
     * The commission and payout books brought to what the deal owes now, by entries of the difference
     * (caused by {@code cause}): each credited consultant earns their frozen rate on their credit (plus a
     * tier's adjustment), and is paid the share of it whose money is in, less the holdback until the
     * handover. Nothing is owed before the recognition or after a cancellation.
     */
    private DealCredit settle(RateSource rates, String cause, Instant now) {
        Commission terms = commission;
        Map<String, BigDecimal> credited = stage == Stage.RECOGNISED && terms.frozen() ? nets() : Map.of();
        for (Map.Entry<String, BigDecimal> net : credited.entrySet()) {
            if (terms.rateOf(net.getKey()).isEmpty()) {
                terms = terms.with(rates.rateFor(net.getKey(), net.getValue(), terms.plan()));
            }
        }
        List<LedgerEntry> posted = new ArrayList<>(entries);
        Map<String, BigDecimal> earnedBefore = sums(LedgerEntry.Kind.COMMISSION, LedgerEntry.Kind.COMMISSION_REVERSAL);
        Map<String, BigDecimal> adjustedBefore = sums(LedgerEntry.Kind.ADJUSTMENT);
        Map<String, BigDecimal> paidBefore = nets(LedgerEntry.Book.PAYOUT);
        Map<String, BigDecimal> forfeited = sums(LedgerEntry.Kind.FORFEIT_COMMISSION);
        Set<String> consultants = new LinkedHashSet<>(credited.keySet());
        consultants.addAll(forfeited.keySet());
        consultants.addAll(earnedBefore.keySet());
        consultants.addAll(adjustedBefore.keySet());
        consultants.addAll(paidBefore.keySet());
        String why = stage != Stage.REVERSED ? "commission" : forfeited.isEmpty() ? "COMM-6: deal cancelled"
                : "COMM-6: deal ended by a forfeit (挞定)";
        for (String consultant : consultants) {
            BigDecimal credit = credited.getOrDefault(consultant, BigDecimal.ZERO);
            Commission.Rate rate = terms.rateOf(consultant).orElse(null);
            BigDecimal earned = rate == null || credit.signum() == 0 ? zero() : CommissionRules.amount(credit, rate.perMille());
            BigDecimal adjustment = rate == null || credit.signum() == 0 ? zero() : rate.adjustment();
            // a forfeit's commission is paid at once: its money (the deposit kept) is in
            BigDecimal paid = payable(earned.add(adjustment), terms).add(forfeited.getOrDefault(consultant, zero()));
            BigDecimal earning = earned.subtract(earnedBefore.getOrDefault(consultant, zero()));
            if (earning.signum() != 0) {
                posted.add(entry(cause, earning.signum() > 0 ? LedgerEntry.Kind.COMMISSION
                        : LedgerEntry.Kind.COMMISSION_REVERSAL, consultant, earning, now, earning.signum() > 0
                                ? rate.tier() + " on " + credit.toPlainString() + " CNY credited" : why + ": commission reversed"));
            }
            BigDecimal adjusting = adjustment.subtract(adjustedBefore.getOrDefault(consultant, zero()));
            if (adjusting.signum() != 0) {
                posted.add(entry(cause, LedgerEntry.Kind.ADJUSTMENT, consultant, adjusting, now, adjusting.signum() > 0
                        ? "tier crossed: the month's earlier deals (" + rate.monthBefore().toPlainString()
                                + " CNY credited) re-priced at " + rate.tier()
                        : why + ": tier adjustment reversed"));
            }
            BigDecimal paying = paid.subtract(paidBefore.getOrDefault(consultant, zero()));
            if (paying.signum() != 0) {
                posted.add(entry(cause, paying.signum() > 0 ? LedgerEntry.Kind.PAYOUT : LedgerEntry.Kind.CLAWBACK,
                        consultant, paying, now, paying.signum() > 0
                                ? stage == Stage.REVERSED ? why + ": its commission paid, the deposit kept is in"
                                        : payoutNote(terms)
                                : why + ": payout clawed back, carried into the next statement"));
            }
        }
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, allocation, terms, adjudication, claims, posted,
                appliedEventIds, revision);
    }

    private List<LedgerEntry> forfeitCommission(Forfeit forfeit, String eventId, Instant now) {
        BigDecimal total = CommissionRules.amount(forfeit.forfeited(), forfeit.perMille());
        if (total.signum() <= 0 || allocation == null) {
            return List.of();
        }
        List<Share> shares = allocation.shares().stream().filter(s -> s.fraction().signum() > 0).toList();
        List<LedgerEntry> earned = new ArrayList<>();
        BigDecimal left = total;
        for (int i = shares.size() - 1; i >= 0; i--) {
            Share share = shares.get(i);
            BigDecimal part = i == 0 ? left : total.multiply(share.fraction()).setScale(2, RoundingMode.DOWN);
            left = left.subtract(part);
            if (part.signum() != 0) {
                earned.add(0, entry(eventId, LedgerEntry.Kind.FORFEIT_COMMISSION, share.consultantId(), part, now,
                        "COMM-6, forfeit (挞定): " + forfeit.perMille().stripTrailingZeros().toPlainString() + "‰ of "
                                + forfeit.forfeited().toPlainString() + " CNY forfeited, share "
                                + share.fraction().stripTrailingZeros().toPlainString() + " (office policy)"));
            }
        }
        return earned;
    }

    /** What is paid of a commission: the share whose money is in, less the holdback until the handover. */
    static BigDecimal payable(BigDecimal owed, Commission terms) {
        BigDecimal share = terms.paidShare();
        BigDecimal kept = terms.handedOver() ? BigDecimal.ONE : BigDecimal.ONE.subtract(terms.holdback());
        return owed.multiply(share).multiply(kept).setScale(2, RoundingMode.HALF_UP);
    }

    /** What of a consultant's paid-in commission is held back until the handover. */
    public BigDecimal heldBack(String consultantId) {
        BigDecimal owed = nets(LedgerEntry.Book.COMMISSION).getOrDefault(consultantId, zero());
        BigDecimal due = owed.multiply(commission.paidShare()).setScale(2, RoundingMode.HALF_UP);
        return due.subtract(nets(LedgerEntry.Book.PAYOUT).getOrDefault(consultantId, zero())).max(zero());
    }

    private static String payoutNote(Commission terms) {
        return terms.handedOver() ? "handed over: the rest paid and the holdback released"
                : "paid at " + terms.collected() + ", " + terms.holdback().movePointRight(2).stripTrailingZeros()
                        .toPlainString() + "% held back until the handover";
    }

    private Map<String, BigDecimal> sums(LedgerEntry.Kind... kinds) {
        List<LedgerEntry.Kind> wanted = List.of(kinds);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        entries.stream().filter(e -> wanted.contains(e.kind()))
                .forEach(e -> sums.merge(e.consultantId(), e.amount(), BigDecimal::add));
        return sums;
    }

    private DealCredit withCommission(Commission terms, String eventId) {
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, allocation, terms, adjudication, claims, entries,
                plus(eventId), revision);
    }

    private LedgerEntry entry(String cause, LedgerEntry.Kind kind, String consultantId, BigDecimal amount, Instant now,
            String note) {
        String suffix = kind == LedgerEntry.Kind.CREDIT ? "credit" : kind == LedgerEntry.Kind.REVERSAL ? "reversal"
                : kind.name().toLowerCase(Locale.ROOT);
        // never dated before the deal's last entry: a late fact of an earlier instant is booked after it
        Instant at = entries.stream().map(LedgerEntry::recordedAt).filter(t -> t.isAfter(now)).max(Instant::compareTo)
                .orElse(now);
        return new LedgerEntry(cause + "/" + suffix + "/" + consultantId, dealId, kind, consultantId, amount, cause, at,
                note);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static Map<String, BigDecimal> target(Allocation allocation) {
        Map<String, BigDecimal> target = new LinkedHashMap<>();
        allocation.shares().forEach(s -> target.merge(s.consultantId(), s.amount(), BigDecimal::add));
        target.values().removeIf(v -> v.signum() == 0);
        return target;
    }

    private List<LedgerEntry> reversals(String eventId, Instant now, String note) {
        return nets().entrySet().stream()
                .map(net -> entry(eventId, LedgerEntry.Kind.REVERSAL, net.getKey(), net.getValue().negate(), now, note))
                .toList();
    }

    private List<String> plus(String eventId) {
        List<String> ids = new ArrayList<>(appliedEventIds);
        if (!ids.contains(eventId)) {
            ids.add(eventId);
        }
        return ids;
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
