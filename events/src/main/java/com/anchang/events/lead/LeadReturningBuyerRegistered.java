package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * LEAD-7: a returning buyer (a customer whose earlier lead {@code previousLeadId} is contracted) was
 * registered again as a new, separate lead {@code leadId}, owned by {@code ownerConsultantId} (the
 * consultant who registered them) and protected until {@code protectedUntil}; published beside the new
 * lead's lead.lead-registered v1. {@code previousOwnerConsultantId} owned the first purchase's lead.
 */
public record LeadReturningBuyerRegistered(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String previousLeadId,
        String previousOwnerConsultantId,
        Instant registeredAt,
        LocalDate protectedUntil) {

    public static final String TYPE = "lead.returning-buyer-registered";
    public static final int VERSION = 1;
}
