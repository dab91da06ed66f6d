package com.anchang.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One line of the audit log: who did what, when, from which address, to whom, in which scope.
 *
 * @param actorId the acting user's id, or null for an unknown username and for the system (bootstrap)
 * @param actorName the acting user's username as given (for a failed sign-in: the name that was tried)
 * @param subjectId the user, office or developer acted on
 * @param developerId the developer in scope, or null for the platform
 * @param officeIds the offices in scope (those of the subject user's grants, or the office acted on)
 * @param address the caller's address (X-Forwarded-For's first hop if present, else the remote address)
 */
public record AuditEntry(String id, Instant at, AuditAction action, String actorId, String actorName,
        String subjectId, String developerId, Set<String> officeIds, String address, String detail) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        officeIds = officeIds == null ? Set.of() : Set.copyOf(officeIds);
    }

    public static AuditEntry of(Instant at, AuditAction action, String actorId, String actorName, String subjectId,
            String developerId, Set<String> officeIds, String address, String detail) {
        return new AuditEntry("audit-" + UUID.randomUUID(), at, action, actorId, actorName, subjectId, developerId,
                officeIds, address, detail);
    }
}
