package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.AuditEntry;
import com.anchang.identity.domain.AuditLog;
import com.anchang.identity.domain.User;
import java.time.Clock;
import java.util.Set;

/** Writes the audit entries of the use cases, stamped by the injected clock. */
public class Auditing {

    private final AuditLog log;
    private final Clock clock;

    public Auditing(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** An action of {@code actor} on the user {@code subject}, in the subject's scope. */
    public void onUser(AuditAction action, User actor, String address, User subject, String detail) {
        log.record(AuditEntry.of(clock.instant(), action, actor == null ? null : actor.id(),
                actor == null ? "system" : actor.username(), subject.id(), subject.developerId(), subject.officeIds(),
                address, detail));
    }

    /** An action with an explicit scope. */
    public void record(AuditAction action, User actor, String address, String subjectId, String developerId,
            Set<String> officeIds, String detail) {
        log.record(AuditEntry.of(clock.instant(), action, actor == null ? null : actor.id(),
                actor == null ? "system" : actor.username(), subjectId, developerId, officeIds, address, detail));
    }

    /** A failed sign-in of a username that matches nobody (platform scope). */
    public void unknownUser(String triedName, String address) {
        String name = triedName == null ? "" : triedName.strip();
        log.record(AuditEntry.of(clock.instant(), AuditAction.SIGN_IN_FAILED, null,
                name.length() > 64 ? name.substring(0, 64) : name, null, null, Set.of(), address, "unknown username"));
    }
}
