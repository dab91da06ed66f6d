package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The crediting rules on one decision: who a deal is credited to (COMM-1 on LEAD-2/3/5/9), how it is
 * split (COMM-2), and how much it counts (COMM-4). Office values come in as {@link OfficeCreditPolicy}.
 */
public final class CreditRules {

    static final BigDecimal ONE = BigDecimal.ONE;
    static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * COMM-4: a buyer's cumulative deal amount up to the threshold counts in full, the part above at the
     * weight; this deal's parts are those of the cumulative it adds to.
     */
    public Tiering tier(BigDecimal amount, BigDecimal cumulativeBefore, OfficeCreditPolicy policy) {
        BigDecimal threshold = policy.bigDealThreshold();
        BigDecimal room = threshold.subtract(cumulativeBefore).max(BigDecimal.ZERO);
        BigDecimal full = amount.min(room).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal above = amount.subtract(full).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal weighted = full.add(above.multiply(policy.weightAbove())).setScale(2, RoundingMode.HALF_UP);
        return new Tiering(amount.setScale(2, RoundingMode.UNNECESSARY), cumulativeBefore.setScale(2, RoundingMode.UNNECESSARY),
                threshold.setScale(2, RoundingMode.UNNECESSARY), full, above, policy.weightAbove(), weighted);
    }

    /**
     * COMM-1: the owner of the lead at the closing instant is credited; COMM-2: closed by another
     * consultant while the owner's protection was valid, split by the office's policy; a lapsed
     * protection (LEAD-3) or no known owner credits the closer.
     */
    public Allocation allocate(String closer, OwnershipTimeline.Owner owner, Tiering tiering, OfficeCreditPolicy policy) {
        List<String> rules = new ArrayList<>(List.of("COMM-1"));
        String ownerId = owner == null ? null : owner.consultantId();
        boolean valid = owner != null && owner.protectionValid();
        boolean grabbedByCloser = false;
        if (owner != null && owner.facts().stream().anyMatch(f -> f.kind() == OwnershipFact.Kind.VIOLATION_RECORDED)) {
            rules.add("LEAD-9");
            grabbedByCloser = closer != null && owner.facts().stream().anyMatch(
                    f -> f.kind() == OwnershipFact.Kind.VIOLATION_RECORDED && closer.equals(f.offenderConsultantId()));
        }
        if (owner != null && owner.facts().stream().anyMatch(f -> f.kind() == OwnershipFact.Kind.LINKED
                && f.detail() != null && f.detail().startsWith(OwnershipFact.Kind.SAME_CUSTOMER))) {
            // the buyer may be a person linked to the lead's customer: the same customer, the same owner
            rules.add("LEAD-6");
        }
        if (owner != null && owner.facts().stream().anyMatch(f -> f.kind() == OwnershipFact.Kind.PRE_REGISTERED
                || f.kind() == OwnershipFact.Kind.RETURNING_BUYER)) {
            // a pre-registration or a returning buyer's new lead: owned as registered, the explanation says why
            rules.add("LEAD-7");
        }
        BigDecimal weighted = tiering.weighted();
        List<Share> shares;
        String reason;
        if (ownerId == null && closer == null) {
            shares = List.of();
            reason = "neither the lead's owner nor the closing consultant is known yet";
        } else if (ownerId == null) {
            shares = List.of(new Share(closer, Share.Role.CLOSER, ONE, weighted));
            reason = "no owner of the lead is known at the closing instant: credited to the closing consultant";
        } else if (closer == null || ownerId.equals(closer)) {
            shares = List.of(new Share(ownerId, closer == null ? Share.Role.OWNER : Share.Role.OWNER_AND_CLOSER, ONE,
                    weighted));
            reason = "the lead's owner closed the deal";
        } else if (grabbedByCloser) {
            shares = List.of(new Share(ownerId, Share.Role.OWNER, ONE, weighted));
            reason = "the closing consultant took the customer from its rightful owner (a violation recorded): all to the owner";
        } else if (!valid) {
            rules.add("LEAD-3");
            shares = List.of(new Share(closer, Share.Role.CLOSER, ONE, weighted));
            reason = "the owner's protection had lapsed (last protected day " + owner.protectedUntil()
                    + ") when another consultant closed: credited to the closing consultant";
        } else {
            rules.add("COMM-2");
            if (policy.split() == OfficeCreditPolicy.Split.ALL_TO_FIRST_RECEIVER) {
                shares = List.of(new Share(ownerId, Share.Role.OWNER, ONE, weighted));
                reason = "closed by another consultant inside the owner's protection: all to the first receiver (office policy)";
            } else {
                BigDecimal ownersHalf = weighted.multiply(HALF).setScale(2, RoundingMode.HALF_UP);
                shares = List.of(new Share(ownerId, Share.Role.OWNER, HALF, ownersHalf),
                        new Share(closer, Share.Role.CLOSER, HALF, weighted.subtract(ownersHalf)));
                reason = "closed by another consultant inside the owner's protection: split 50/50 (office policy)";
            }
        }
        if (tiering.tiered()) {
            rules.add("COMM-4");
        }
        return new Allocation(shares, rules, ownerId, owner == null ? null : owner.protectedUntil(), valid, tiering,
                reason);
    }

    /**
     * The PM's decision overrides the ownership rules (COMM-3 on a claim, COMM-5 for a cover): each
     * consultant awarded their fraction of the weighted amount, to the fen, the last the remainder so the
     * parts add up exactly.
     */
    public Allocation award(Adjudication decision, OwnershipTimeline.Owner owner, Tiering tiering) {
        List<String> rules = new ArrayList<>(List.of("COMM-1", decision.ruleId(), "COMM-6"));
        if (tiering.tiered()) {
            rules.add("COMM-4");
        }
        BigDecimal weighted = tiering.weighted();
        BigDecimal left = weighted;
        List<Share> shares = new ArrayList<>();
        List<Adjudication.Award> awards = decision.awards();
        for (int i = 0; i < awards.size(); i++) {
            Adjudication.Award award = awards.get(i);
            BigDecimal amount = i == awards.size() - 1 ? left
                    : weighted.multiply(award.fraction()).setScale(2, RoundingMode.HALF_UP);
            left = left.subtract(amount);
            shares.add(new Share(award.consultantId(), Share.Role.AWARDED, award.fraction(), amount));
        }
        return new Allocation(shares, rules, owner == null ? null : owner.consultantId(),
                owner == null ? null : owner.protectedUntil(), owner != null && owner.protectionValid(), tiering,
                "decided by " + decision.decidedBy() + " (" + decision.ruleId() + "): " + decision.reason());
    }
}
