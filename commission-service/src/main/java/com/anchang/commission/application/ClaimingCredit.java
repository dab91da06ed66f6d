package com.anchang.commission.application;

import com.anchang.commission.domain.Adjudication;
import com.anchang.commission.domain.Claim;
import com.anchang.commission.domain.ClaimEvent;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Claims on a deal's credit (COMM-3) and the PM's decisions (COMM-5, COMM-6): a consultant of the
 * deal's office claims a closed deal with evidence inside the office's window; the PM of the office
 * accepts (moving the credit by entries caused by the decision) or rejects, with a reason; the PM records
 * that a reception covered for a colleague (COMM-5). Consultants see their own claims, the PM the office's.
 * A claim raised and a claim decided are announced ({@code commission.claim-raised}, {@code commission.claim-decided})
 * by events written in the same write as the step; a decision retried after it was applied writes nothing again.
 */
public class ClaimingCredit {

    static final String CLAIM = "claim a deal's credit";
    static final String DECIDE = "decide on a deal's credit";

    public record RaiseClaim(String dealId, String evidence) {
    }

    /** @param awards who gets which fraction when accepted; none: all to the claimant */
    public record DecideClaim(String dealId, String claimId, boolean accept, List<Adjudication.Award> awards,
            String reason) {
    }

    /**
     * COMM-5: the deal's credit belongs to {@code creditedConsultantId} alone: the closing reception covered
     * for them (ROT-8), or the two had delegated to each other (no split).
     */
    public record RecordCover(String dealId, String creditedConsultantId, CoverKind kind, String reason) {
    }

    public enum CoverKind {
        /** 义务接待/代接待: the closer received the customer for their absent colleague (ROT-8) */
        COVERED_FOR_COLLEAGUE,
        /** the two consultants covered for each other by agreement: no split */
        MUTUAL_DELEGATION
    }

    /** A claim with the deal it is on, as the claimant and the PM see it. */
    public record ClaimOnDeal(String dealId, String officeId, String unitId, Instant closedAt, DealCredit.Stage stage,
            Claim claim) {
    }

    private final DealCreditRepository credits;
    private final CreditingDeal crediting;
    private final CreditRules rules;
    private final OfficePolicies policies;
    private final Clock clock;
    private final OfficeDirectory offices;

    public ClaimingCredit(DealCreditRepository credits, CreditingDeal crediting, CreditRules rules,
            OfficePolicies policies, Clock clock, OfficeDirectory offices) {
        this.offices = offices;
        this.credits = credits;
        this.crediting = crediting;
        this.rules = rules;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * COMM-3: refused naming it after the window (the office's days after the closing day, in its zone). The
     * claimant's open claim with the same evidence sent again answers that claim.
     */
    public ClaimOnDeal raise(Caller caller, RaiseClaim command) {
        DealCredit deal = visible(caller, command.dealId());
        caller.mustHold(deal.officeId(), CLAIM, Caller.CONSULTANT);
        String evidence = required(command.evidence(), "evidence");
        // the same claim sent again (a retry after a lost answer): the claim raised, nothing written again
        Claim sent = deal.claims().stream().filter(c -> c.open() && c.claimantId().equals(caller.userId())
                && evidence.equals(c.evidence())).findFirst().orElse(null);
        if (sent != null) {
            return new ClaimOnDeal(deal.dealId(), deal.officeId(), deal.unitId(), deal.closedAt(), deal.stage(), sent);
        }
        Claim claim = Claim.raise(caller.userId(), evidence, clock.instant());
        OfficeCreditPolicy policy = policies.forOffice(deal.officeId());
        crediting.apply(deal.dealId(), claim.claimId(), current -> current.raise(claim, policy),
                raised -> List.of(new ClaimEvent.Raised(raised, claim)));
        return new ClaimOnDeal(deal.dealId(), deal.officeId(), deal.unitId(), deal.closedAt(), deal.stage(), claim);
    }

    /**
     * The PM of the deal's office decides an open claim, with a reason (COMM-6); another decision on a decided
     * claim is refused naming COMM-6, the same decision sent again answers the deal as decided.
     */
    public DealCredit decide(Caller caller, DecideClaim command) {
        DealCredit deal = visible(caller, command.dealId());
        caller.mustHold(deal.officeId(), DECIDE, Caller.PM);
        String reason = required(command.reason(), "reason");
        Claim claim = deal.claims().stream().filter(c -> c.claimId().equals(command.claimId())).findFirst()
                .orElseThrow(() -> new NotFoundException("claim", command.claimId()));
        if (!claim.open() && claim.state() == (command.accept() ? Claim.State.ACCEPTED : Claim.State.REJECTED)
                && caller.userId().equals(claim.decidedBy()) && reason.equals(claim.reason())) {
            // the same decision sent again (a retry after a lost answer): decided once, nothing written again
            return deal;
        }
        List<Adjudication.Award> awards = command.awards() == null || command.awards().isEmpty()
                ? List.of(new Adjudication.Award(claim.claimantId(), BigDecimal.ONE)) : command.awards();
        Instant now = clock.instant();
        Adjudication decision = command.accept() ? adjudication("COMM-3", claim.claimId(), awards, caller, now, reason)
                : null;
        OfficeCreditPolicy policy = policies.forOffice(deal.officeId());
        crediting.apply(deal.dealId(), "decided/" + claim.claimId(), current -> current.decideClaim(claim.claimId(),
                decision, command.accept(), caller.userId(), now, reason, crediting.timelineOf(current), policy, rules,
                crediting.ratesFor(current, policy)), decided -> decided.claims().stream()
                        .filter(c -> c.claimId().equals(claim.claimId()))
                        .map(c -> (ClaimEvent) new ClaimEvent.Decided(decided, c)).toList());
        return credits.find(deal.dealId()).orElseThrow();
    }

    /** COMM-5: the PM records a cover; the credit goes to the colleague alone, moved by entries of the decision. */
    public DealCredit cover(Caller caller, RecordCover command) {
        DealCredit deal = visible(caller, command.dealId());
        caller.mustHold(deal.officeId(), DECIDE, Caller.PM);
        String credited = required(command.creditedConsultantId(), "creditedConsultantId");
        String why = (command.kind() == CoverKind.MUTUAL_DELEGATION ? "mutual delegation, no split: "
                : "covered for a colleague (ROT-8), no credit for the cover: ") + required(command.reason(), "reason");
        Adjudication decision = adjudication("COMM-5", null, List.of(new Adjudication.Award(credited, BigDecimal.ONE)),
                caller, clock.instant(), why);
        OfficeCreditPolicy policy = policies.forOffice(deal.officeId());
        crediting.apply(deal.dealId(), decision.decisionId(), current -> current.adjudicate(decision,
                crediting.timelineOf(current), policy, rules, crediting.ratesFor(current, policy)),
                covered -> List.of(new ClaimEvent.Covered(covered, decision, command.kind().name())));
        return credits.find(deal.dealId()).orElseThrow();
    }

    /**
     * A claim as published ({@code commission.claim-raised}), read back: applied with the claim's own id, instant
     * and evidence, so a rebuild from the topics (the deal's events before it, in the order produced) gives the
     * deal the same claim; the claim already on the deal (the live path, where the command wrote it) adds nothing.
     */
    public boolean restoreRaised(String dealId, String officeId, String claimId, String claimantId, String evidence,
            Instant raisedAt) {
        Claim claim = new Claim(claimId, claimantId, evidence, raisedAt, Claim.State.OPEN, null, null, null);
        return crediting.apply(dealId, claimId, current -> current.raise(claim,
                policies.forOffice(current.officeId() != null ? current.officeId() : officeId)));
    }

    /**
     * A decision on a claim as published ({@code commission.claim-decided}), read back: the same decision (its id
     * the cause of the same entries, dated by its instant, the same awards), applied once under the id the PM's
     * command used; already applied (the live path), nothing is written. An accepted decision published without
     * its awards gives everything to the claimant.
     */
    public boolean restoreDecided(String dealId, String officeId, String claimId, boolean accepted, String decisionId,
            List<Adjudication.Award> awards, String decidedBy, Instant decidedAt, String reason) {
        return crediting.apply(dealId, "decided/" + claimId, current -> {
            OfficeCreditPolicy policy = policies.forOffice(current.officeId() != null ? current.officeId() : officeId);
            Claim claim = current.claims().stream().filter(c -> c.claimId().equals(claimId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("claim " + claimId + " is not on deal " + dealId
                            + ": its commission.claim-raised was not applied before its decision"));
            Adjudication decision = accepted ? new Adjudication(decisionId != null ? decisionId : "decided/" + claimId,
                    "COMM-3", claimId, awards == null || awards.isEmpty()
                            ? List.of(new Adjudication.Award(claim.claimantId(), BigDecimal.ONE)) : awards,
                    decidedBy, decidedAt, reason) : null;
            return current.decideClaim(claimId, decision, accepted, decidedBy, decidedAt, reason,
                    crediting.timelineOf(current), policy, rules, crediting.ratesFor(current, policy));
        });
    }

    /**
     * A cover as published ({@code commission.cover-recorded}), read back: the same decision (COMM-5) applied once
     * under its own id; already applied (the live path), nothing is written.
     */
    public boolean restoreCover(String dealId, String officeId, String decisionId, String creditedConsultantId,
            String decidedBy, Instant decidedAt, String reason) {
        Adjudication decision = new Adjudication(decisionId, "COMM-5", null,
                List.of(new Adjudication.Award(creditedConsultantId, BigDecimal.ONE)), decidedBy, decidedAt, reason);
        return crediting.apply(dealId, decisionId, current -> {
            OfficeCreditPolicy policy = policies.forOffice(current.officeId() != null ? current.officeId() : officeId);
            return current.adjudicate(decision, crediting.timelineOf(current), policy, rules,
                    crediting.ratesFor(current, policy));
        });
    }

    /** The claims the caller raised at an office, newest first, with their states. */
    public List<ClaimOnDeal> mine(Caller caller, String officeId) {
        caller.mustActIn(officeId, "read their claims", Caller.CONSULTANT);
        return claims(caller, officeId).stream().filter(c -> c.claim().claimantId().equals(caller.userId())).toList();
    }

    /** The office's claims for the PM (open ones first, then decided), or head office. */
    public List<ClaimOnDeal> ofOffice(Caller caller, String officeId) {
        offices.mustSeeOffice(caller, officeId);
        caller.mustHold(officeId, "read the office's claims", Caller.PM, Caller.HEAD_OFFICE);
        return claims(caller, officeId).stream()
                .sorted(Comparator.comparing((ClaimOnDeal c) -> !c.claim().open())).toList();
    }

    private List<ClaimOnDeal> claims(Caller caller, String officeId) {
        return credits.claimedAt(caller.developerId(), officeId).stream()
                .flatMap(d -> d.claims().stream().map(c -> new ClaimOnDeal(d.dealId(), d.officeId(), d.unitId(),
                        d.closedAt(), d.stage(), c)))
                .sorted(Comparator.comparing((ClaimOnDeal c) -> c.claim().raisedAt()).reversed())
                .toList();
    }

    private static Adjudication adjudication(String rule, String claimId, List<Adjudication.Award> awards, Caller caller,
            Instant at, String reason) {
        try {
            return Adjudication.decide(rule, claimId, awards, caller.userId(), at, reason);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("awards", e.getMessage());
        }
    }

    private DealCredit visible(Caller caller, String dealId) {
        DealCredit deal = credits.find(dealId).filter(c -> c.officeId() != null)
                .orElseThrow(() -> new NotFoundException("credit of deal", dealId));
        caller.mustSee(deal.developerId(), deal.officeId(), "credit of deal", dealId);
        return deal;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
