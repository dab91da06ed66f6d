package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.Developer;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.PasswordHasher;
import com.anchang.identity.domain.PasswordPolicy;
import com.anchang.identity.domain.User;

/**
 * IDN-7: a platform administrator creates a user with an initial password (IDN-4), as staff of a
 * developer or (no developer) as platform staff. IDN-1: a taken username is refused, even when taken
 * by a simultaneous request, and nothing is stored.
 */
public class CreatingUser {

    /** @param developerId the developer whose staff the user is, or null for platform staff */
    public record CreateUser(Actor actor, String username, String displayName, String developerId, String password,
            boolean certified) {
    }

    private final Directory directory;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Auditing audit;

    public CreatingUser(Directory directory, PasswordPolicy policy, PasswordHasher hasher, Auditing audit) {
        this.directory = directory;
        this.policy = policy;
        this.hasher = hasher;
        this.audit = audit;
    }

    public User create(CreateUser command) {
        User actor = directory.actor(command.actor());
        DirectoryAccess.requirePlatformAdmin(actor, "create users");
        Developer developer = command.developerId() == null ? null : directory.developer(command.developerId());
        User user = User.create(command.username(), command.displayName(), developer, command.password(), policy, hasher);
        user.certify(command.certified());
        directory.users().insert(user);
        audit.onUser(AuditAction.USER_CREATED, actor, command.actor().address(), user,
                "user " + user.username() + (developer == null ? " (platform staff)" : ""));
        return user;
    }
}
