package com.anchang.events.commission;

import java.time.Instant;

/**
 * The PM decided a consultant's claim on a deal's credit (COMM-3, COMM-6: who and why), once:
 * {@code decision} is ACCEPTED (the credit moves as the decision says) or REJECTED. Ends the claim's
 * wait for the PM (NOTE-6). Keyed by deal id.
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
        Instant decidedAt) {

    public static final String TYPE = "commission.claim-decided";
    public static final int VERSION = 1;
}
