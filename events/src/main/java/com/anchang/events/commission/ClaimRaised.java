package com.anchang.events.commission;

import java.time.Instant;

/**
 * A consultant claimed the credit of a closed deal ("that was my customer", COMM-3) within the office's
 * claim window; it now waits for the PM's decision. For the PM's reminders (NOTE-6: a claim waiting for
 * the PM) and the dashboards. {@code evidence} is the claimant's own words. Keyed by deal id.
 */
public record ClaimRaised(
        String claimId,
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String claimantConsultantId,
        String evidence,
        Instant raisedAt) {

    public static final String TYPE = "commission.claim-raised";
    public static final int VERSION = 1;
}
