package com.anchang.events.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The PM decided a consultant's claim on a deal's credit (COMM-3, COMM-6: who and why), once:
 * {@code decision} is ACCEPTED (the credit moves as the decision says) or REJECTED. Ends the claim's
 * wait for the PM (NOTE-6). Keyed by deal id.
 *
 * <p>{@code decisionId} and {@code awards} (added in v1, additive) say exactly how an accepted claim moved
 * the credit: the decision's id is the cause of the ledger entries it posted, and the awards are each
 * consultant's fraction of the deal (adding up to 1). Null and empty for a rejected claim. commission-service
 * reads its own decisions back from here to rebuild its ledger from the topics.
 */
public record ClaimDecided(
        String claimId,
        String dealId,
        String developerId,
        String officeId,
        String claimantConsultantId,
        String decision,
        String decidedBy,
        String reason,
        Instant decidedAt,
        String decisionId,
        List<Award> awards) {

    public static final String TYPE = "commission.claim-decided";
    public static final int VERSION = 1;

    /** A consultant's fraction of the deal's credit after the decision. */
    public record Award(String consultantId, BigDecimal fraction) {
    }
}
