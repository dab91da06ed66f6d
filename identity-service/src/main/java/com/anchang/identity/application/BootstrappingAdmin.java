package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.PasswordHasher;
import com.anchang.identity.domain.PasswordPolicy;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.User;
import com.anchang.identity.domain.UserRepository;
import com.anchang.identity.domain.UsernameTakenException;

/**
 * On first start: if no platform administrator exists, creates one from the configured username and
 * password (IDN-4 applies). Two instances starting together create one: the second finds the username
 * taken.
 */
public class BootstrappingAdmin {

    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Auditing audit;

    public BootstrappingAdmin(UserRepository users, PasswordPolicy policy, PasswordHasher hasher, Auditing audit) {
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** @return the administrator created, or null if one already existed */
    public User ensureAdmin(String username, String password) {
        if (users.anyPlatformAdmin()) {
            return null;
        }
        User admin = User.create(username, "Platform administrator", null, password, policy, hasher);
        admin.grant(Role.PLATFORM_ADMIN, null);
        try {
            users.insert(admin);
        } catch (UsernameTakenException e) {
            return null;
        }
        audit.onUser(AuditAction.USER_CREATED, null, "bootstrap", admin, "bootstrap platform administrator " + admin.username());
        return admin;
    }
}
