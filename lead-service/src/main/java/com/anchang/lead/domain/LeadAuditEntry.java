package com.anchang.lead.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * LEAD-10: one disclosure of a lead's full contact details: who saw them, when, which lead, in which
 * office of which developer, and why. Entries are only ever appended.
 *
 * @param userId the viewer's user id (the token's subject)
 * @param username the viewer's username
 */
public record LeadAuditEntry(String id, Instant at, LeadAuditAction action, String userId, String username,
        String leadId, String developerId, String officeId) {

    public LeadAuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(developerId, "developerId");
        Objects.requireNonNull(officeId, "officeId");
    }

    /** The entry recording that {@code lead}'s full details were shown to the user, now. */
    public static LeadAuditEntry of(Instant at, LeadAuditAction action, String userId, String username, Lead lead) {
        return new LeadAuditEntry("audit-" + UUID.randomUUID(), at, action, userId, username, lead.id(),
                lead.developerId(), lead.officeId());
    }
}
