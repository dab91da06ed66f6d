package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.domain.Adjudication;
import com.anchang.commission.domain.Allocation;
import com.anchang.commission.domain.Claim;
import com.anchang.commission.domain.Commission;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.Share;
import com.anchang.commission.domain.Tiering;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A deal's credit and why: the rules applied, the lead's ownership timeline up to the closing instant,
 * the arithmetic (COMM-4 tiering, COMM-2 split), the ledger entries and each consultant's net. The
 * buyer's identity is not shown.
 *
 * @param stage PROVISIONAL (not in balances yet), RECOGNISED, REVERSED
 * @param amountSource which event's amount the credit counts (the price once known)
 * @param nets each consultant's net credit
 * @param commission the plan, payout stages and holdback frozen at the recognition, each consultant's rate and
 *     tier, the money collected so far
 * @param adjudication the PM's decision that replaced the ownership rules (COMM-3, COMM-5), null when none
 * @param claims the consultants' claims on the deal with their states (COMM-3)
 * @param finality whether the credit can still move: PROVISIONAL, OPEN (until the end of the COMM-3 claim
 *     window), CLAIMED (a claim waits for the PM), FINAL (since when), REVERSED; null when not asked
 */
public record CreditView(String dealId, String developerId, String officeId, String unitId, String leadId,
        String closingConsultantId, DealCredit.Stage stage, BigDecimal amount, String amountSource, Instant closedAt,
        Why why, List<LedgerEntry> entries, Map<String, BigDecimal> nets, Commission commission,
        Adjudication adjudication, List<Claim> claims, DealCredit.Finality finality) {

    /**
     * @param ownerConsultantId the lead's owner at the closing instant, null when none is known
     * @param ownership the lead's ownership facts up to the closing instant (and a LEAD-9 violation)
     */
    public record Why(List<String> ruleIds, String reason, String ownerConsultantId, LocalDate protectedUntil,
            boolean protectionValid, List<OwnershipFact> ownership, Tiering tiering, List<Share> shares) {
    }

    /** A credited consultant's line of the deal, as listed for a consultant. */
    static CreditView of(ViewingCredits.Explained explained) {
        DealCredit c = explained.credit();
        Allocation a = c.allocation();
        Why why = a == null ? null : new Why(a.ruleIds(), a.reason(), a.ownerConsultantId(), a.protectedUntil(),
                a.protectionValid(), explained.ownership(), a.tiering(), a.shares());
        return new CreditView(c.dealId(), c.developerId(), c.officeId(), c.unitId(), c.leadId(), c.closingConsultantId(),
                c.stage(), c.amount(), c.amountSource(), c.closedAt(), why, c.entries(), c.nets(), c.commission(),
                c.adjudication(), c.claims(), explained.finality());
    }

    static CreditView of(DealCredit credit, DealCredit.Finality finality) {
        return of(new ViewingCredits.Explained(credit, List.of(), finality));
    }
}
