package com.anchang.events.lead;

import java.time.Instant;

/**
 * LEAD-5: the PM resolved a collision, naming the follower: the rule's ({@code overridden} false) or
 * the other consultant, with a reason ({@code overridden} true; the lead is then reassigned, see
 * lead.lead-reassigned).
 */
public record LeadCollisionResolved(
        String collisionId,
        String leadId,
        String developerId,
        String officeId,
        String followerConsultantId,
        boolean overridden,
        String resolvedBy,
        Instant resolvedAt,
        String reason) {

    public static final String TYPE = "lead.collision-resolved";
    public static final int VERSION = 1;
}
