package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.User;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Clock;
import java.util.Set;

/**
 * IDN-2/3/7: grants or revokes a role. A platform administrator any role; a PM office roles in their
 * own office. The change is a compare-and-set on the user, re-decided if someone else changed the user
 * at the same moment. A user who gave a mobile has their contact told again with their roles as they now are
 * (NOTE-6: who is PM where decides who is texted what waits for the PM).
 */
public class GrantingRole {

    /** @param officeId the office of an office role, null for HEAD_OFFICE and PLATFORM_ADMIN */
    public record GrantRole(Actor actor, String userId, Role role, String officeId) {
    }

    private final Directory directory;
    private final Auditing audit;
    private final Clock clock;

    public GrantingRole(Directory directory, Auditing audit, Clock clock) {
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public User grant(GrantRole command) {
        return change(command, true);
    }

    public User revoke(GrantRole command) {
        return change(command, false);
    }

    private User change(GrantRole command, boolean granting) {
        User actor = directory.actor(command.actor());
        Office office = command.officeId() == null ? null : directory.office(command.officeId());
        return ConcurrentChangeException.retrying(5, () -> {
            User target = directory.user(command.userId());
            DirectoryAccess.requireMayGrant(actor, target, command.role(), office);
            boolean changed = granting ? target.grant(command.role(), office)
                    : target.revoke(command.role(), command.officeId());
            if (changed) {
                target.retellContact(clock.instant());
                directory.users().save(target);
                audit.record(granting ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED, actor,
                        command.actor().address(), target.id(), target.developerId(),
                        office == null ? target.officeIds() : Set.of(office.id()),
                        command.role() + (office == null ? "" : " in office " + office.id()) + " for user "
                                + target.username());
            }
            return target;
        });
    }
}
