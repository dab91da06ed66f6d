package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A lead changed owner: {@code reason} RE_REGISTERED (LEAD-3: released, and registered by the
 * consultant who received the customer next), COLLISION_OVERRIDE (LEAD-5: the PM overrode a
 * collision's decision) or PM_REASSIGNMENT (LEAD-8). Carries the new owner and protection window,
 * which attribution of a later deal needs (COMM-1/2).
 */
public record LeadReassigned(
        String leadId,
        String developerId,
        String officeId,
        String previousOwnerConsultantId,
        String ownerConsultantId,
        String reason,
        String reassignedBy,
        Instant ownedSince,
        LocalDate protectedUntil) {

    public static final String TYPE = "lead.lead-reassigned";
    public static final int VERSION = 1;
}
