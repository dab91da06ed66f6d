package com.anchang.lead.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a lead office's audit log: a disclosure of a lead's full contact details (LEAD-10), or
 * a PM's decision over a lead (LEAD-5 override, LEAD-8 reassignment) with its reason: who, when,
 * which lead, in which office of which developer, and why. Entries are only ever appended.
 *
 * @param userId the viewer's (or deciding PM's) user id (the token's subject)
 * @param username the viewer's username
 * @param detail what was decided and why (PM decisions), or null
 */
public record LeadAuditEntry(String id, Instant at, LeadAuditAction action, String userId, String username,
        String leadId, String developerId, String officeId, String detail) {

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
        return of(at, action, userId, username, lead, null);
    }

    /** The entry recording a decision over {@code lead} by the user, now, with what and why. */
    public static LeadAuditEntry of(Instant at, LeadAuditAction action, String userId, String username, Lead lead,
            String detail) {
        return new LeadAuditEntry("audit-" + UUID.randomUUID(), at, action, userId, username, lead.id(),
                lead.developerId(), lead.officeId(), detail);
    }
}
