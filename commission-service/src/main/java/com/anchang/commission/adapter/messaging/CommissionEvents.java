package com.anchang.commission.adapter.messaging;

import com.anchang.commission.domain.Adjudication;
import com.anchang.commission.domain.Claim;
import com.anchang.commission.domain.ClaimEvent;
import com.anchang.commission.domain.DealCredit;
import com.anchang.events.Topics;
import com.anchang.events.commission.ClaimDecided;
import com.anchang.events.commission.ClaimRaised;
import com.anchang.events.commission.CoverRecorded;
import com.anchang.events.commission.CreditRecorded;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;
import java.util.List;

/**
 * Turns a claim's step into its versioned contract event on the commission topic, keyed by deal id, as an
 * entry of the deal's outbox: {@code commission.claim-raised} when a claim is accepted for the PM's
 * adjudication (inside the COMM-3 window), {@code commission.claim-decided} when the PM decides it; and
 * {@code commission.credit-recorded} for each credit or reversal entry a write adds to the deal's ledger.
 */
public class CommissionEvents {

    private final Outbox outbox;

    public CommissionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxEntry toOutbox(ClaimEvent event) {
        DealCredit deal = event.deal();
        return outbox.entry(Topics.COMMISSION, deal.dealId(), deal.officeId(), toContract(event));
    }

    /** {@code commission.credit-recorded}: a credit-book entry (credit or reversal) written in the deal's ledger. */
    public OutboxEntry toOutbox(DealCredit deal, LedgerEntry entry) {
        return outbox.entry(Topics.COMMISSION, deal.dealId(), deal.officeId(), toContract(deal, entry));
    }

    public static CreditRecorded toContract(DealCredit deal, LedgerEntry entry) {
        return new CreditRecorded(entry.entryId(), deal.dealId(), deal.developerId(), deal.officeId(),
                entry.consultantId(), entry.kind().name(), entry.amount(), entry.note(), entry.recordedAt());
    }

    public static Record toContract(ClaimEvent event) {
        DealCredit deal = event.deal();
        return switch (event) {
            case ClaimEvent.Raised raised -> new ClaimRaised(raised.claim().claimId(), deal.dealId(), deal.developerId(),
                    deal.officeId(), deal.unitId(), raised.claim().claimantId(), raised.claim().evidence(),
                    raised.claim().raisedAt());
            case ClaimEvent.Decided decided -> decided(deal, decided.claim());
            case ClaimEvent.Covered covered -> new CoverRecorded(covered.decision().decisionId(), deal.dealId(),
                    deal.developerId(), deal.officeId(), covered.decision().awards().getFirst().consultantId(),
                    covered.kind(), covered.decision().decidedBy(), covered.decision().reason(),
                    covered.decision().decidedAt());
        };
    }

    /** The decision on a claim; accepted, with the decision's id and awards (the adjudication it made). */
    private static ClaimDecided decided(DealCredit deal, Claim claim) {
        Adjudication made = deal.adjudication() != null && claim.claimId().equals(deal.adjudication().claimId())
                && claim.state() == Claim.State.ACCEPTED ? deal.adjudication() : null;
        return new ClaimDecided(claim.claimId(), deal.dealId(), deal.developerId(), deal.officeId(), claim.claimantId(),
                claim.state().name(), claim.decidedBy(), claim.reason(), claim.decidedAt(),
                made == null ? null : made.decisionId(), made == null ? List.of() : made.awards().stream()
                        .map(a -> new ClaimDecided.Award(a.consultantId(), a.fraction())).toList());
    }
}
