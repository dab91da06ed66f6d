package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The credit of one deal (业绩) and its own part of the append-only ledger. Provisional until the deal
 * event the office recognises credit at (COMM-1: the subscription or the contract); recognised, it
 * posts credit entries; a late ownership fact that changes who owned the lead at the closing instant
 * posts reversals and new credits (never an edit); a cancellation reverses every consultant's net
 * (COMM-6). Idempotent: the ids of the events applied are kept in the same document as their effect.
 *
 * @param closingConsultantId who closed the deal (took the deposit, signed the subscription)
 * @param buyerKey the buyer's identity for COMM-4 (normalised mobile), null when not carried
 * @param amount the deal's amount: its price once known, the deposit before ({@code amountSource} says which)
 * @param closedAt the closing instant: the recognising event's, or the latest deal event's while provisional
 * @param cumulativeBefore the buyer's recognised deals before this one, fixed at recognition (COMM-4)
 * @param allocation the current decision with its reasons, null before the first
 * @param revision the stored revision (-1 when new), for compare-and-set
 */
public record DealCredit(String dealId, String developerId, String officeId, String unitId, String leadId,
        String closingConsultantId, String buyerKey, BigDecimal amount, String amountSource, Instant closedAt,
        Stage stage, BigDecimal cumulativeBefore, Allocation allocation, List<LedgerEntry> entries,
        List<String> appliedEventIds, long revision) {

    public enum Stage {
        /** before the recognising event: shown, not in any balance */
        PROVISIONAL,
        /** recognised: in the ledger, may still move with late ownership facts */
        RECOGNISED,
        /** the deal was cancelled: every credit reversed (COMM-6) */
        REVERSED
    }

    /** What one deal event says about the deal; nulls leave what is known. */
    public record DealFacts(String developerId, String officeId, String unitId, String leadId, String closingConsultantId,
            String buyerMobile, BigDecimal amount, String amountSource, Instant at) {
    }

    public DealCredit {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(stage, "stage");
        entries = List.copyOf(entries);
        appliedEventIds = List.copyOf(appliedEventIds);
    }

    public static DealCredit open(String dealId) {
        return new DealCredit(dealId, null, null, null, null, null, null, null, null, null, Stage.PROVISIONAL, null,
                null, List.of(), List.of(), -1);
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
        return new DealCredit(dealId, or(f.developerId(), developerId), or(f.officeId(), officeId), or(f.unitId(), unitId),
                or(f.leadId(), leadId), or(f.closingConsultantId(), closingConsultantId),
                or(BuyerKey.of(f.buyerMobile()), buyerKey), frozen || f.amount() == null ? amount : f.amount(),
                frozen || f.amount() == null ? amountSource : f.amountSource(), frozen ? closedAt : or(f.at(), closedAt),
                stage, cumulativeBefore, allocation, entries, plus(eventId), revision);
    }

    /** Recorded that an event (an ownership fact) was considered, whatever it changed. */
    public DealCredit considered(String eventId) {
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, allocation, entries, plus(eventId), revision);
    }

    /**
     * COMM-1: recognised at {@code at} with the buyer's cumulative before it (COMM-4): the credit
     * entries are posted, caused by {@code eventId}.
     */
    public DealCredit recognise(Instant at, BigDecimal buyersCumulativeBefore, OwnershipTimeline timeline,
            OfficeCreditPolicy policy, CreditRules rules, String eventId, Instant now) {
        DealCredit recognised = new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId,
                buyerKey, amount, amountSource, at, Stage.RECOGNISED, buyersCumulativeBefore, allocation, entries,
                appliedEventIds, revision);
        return recognised.decide(timeline, policy, rules, eventId, now);
    }

    /**
     * Decides again who is credited, from the ownership at the closing instant. Provisional: only the
     * decision changes. Recognised: when the decision changes the consultants' amounts, every net is
     * reversed and the new shares credited, caused by {@code eventId}. Reversed: nothing changes.
     */
    public DealCredit decide(OwnershipTimeline timeline, OfficeCreditPolicy policy, CreditRules rules, String eventId,
            Instant now) {
        if (stage == Stage.REVERSED || amount == null || closedAt == null) {
            return this;
        }
        OwnershipTimeline.Owner owner = timeline == null ? null : timeline.ownerAt(closedAt, policy.zone());
        BigDecimal before = cumulativeBefore == null ? BigDecimal.ZERO : cumulativeBefore;
        Allocation decided = rules.allocate(closingConsultantId, owner, rules.tier(amount, before, policy), policy);
        List<LedgerEntry> posted = new ArrayList<>(entries);
        if (stage == Stage.RECOGNISED && !target(decided).equals(nets())) {
            posted.addAll(reversals(eventId, now, "credit moved: " + decided.reason()));
            for (Share share : decided.shares()) {
                if (share.amount().signum() != 0) {
                    posted.add(new LedgerEntry(eventId + "/credit/" + share.consultantId(), dealId, LedgerEntry.Kind.CREDIT,
                            share.consultantId(), share.amount(), eventId, now,
                            String.join(", ", decided.ruleIds()) + ": " + decided.reason()));
                }
            }
        }
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, stage, cumulativeBefore, decided, posted, appliedEventIds, revision);
    }

    /** COMM-6: the deal was cancelled; every consultant's net credit is reversed by an entry of its own. */
    public DealCredit cancel(String eventId, Instant now, String reason) {
        if (stage == Stage.REVERSED) {
            return considered(eventId);
        }
        List<LedgerEntry> posted = new ArrayList<>(entries);
        posted.addAll(reversals(eventId, now, "COMM-6: deal cancelled" + (reason == null ? "" : " (" + reason + ")")));
        return new DealCredit(dealId, developerId, officeId, unitId, leadId, closingConsultantId, buyerKey, amount,
                amountSource, closedAt, Stage.REVERSED, cumulativeBefore, allocation, posted, plus(eventId), revision);
    }

    /** Each consultant's net credit from this deal's entries (those with a non-zero net). */
    public Map<String, BigDecimal> nets() {
        Map<String, BigDecimal> nets = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            nets.merge(e.consultantId(), e.amount(), BigDecimal::add);
        }
        nets.values().removeIf(v -> v.signum() == 0);
        return nets;
    }

    /** Whether this consultant is or was credited with the deal, or would be while it is provisional. */
    public boolean concerns(String consultantId) {
        return entries.stream().anyMatch(e -> e.consultantId().equals(consultantId))
                || allocation != null && allocation.shares().stream().anyMatch(s -> s.consultantId().equals(consultantId));
    }

    private static Map<String, BigDecimal> target(Allocation allocation) {
        Map<String, BigDecimal> target = new LinkedHashMap<>();
        allocation.shares().forEach(s -> target.merge(s.consultantId(), s.amount(), BigDecimal::add));
        target.values().removeIf(v -> v.signum() == 0);
        return target;
    }

    private List<LedgerEntry> reversals(String eventId, Instant now, String note) {
        return nets().entrySet().stream()
                .map(net -> new LedgerEntry(eventId + "/reversal/" + net.getKey(), dealId, LedgerEntry.Kind.REVERSAL,
                        net.getKey(), net.getValue().negate(), eventId, now, note))
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
