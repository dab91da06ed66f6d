package com.anchang.identity.application;

import com.anchang.identity.domain.AccessRefusedException;
import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.IdentityRule;
import com.anchang.identity.domain.LockoutPolicy;
import com.anchang.identity.domain.PasswordHasher;
import com.anchang.identity.domain.PasswordPolicy;
import com.anchang.identity.domain.SignInAttempt;
import com.anchang.identity.domain.User;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.InvalidInputException;
import java.time.Clock;

/**
 * IDN-4: passwords after the first. A user changes their own, proving the current one (checked and
 * counted like a sign-in, so this is no way around the lockout, IDN-5); their manager (PM of their
 * office, head office, platform administrator — IDN-7) sets a new one for a user who forgot theirs,
 * which also lifts a lockout. Either way every session of the user ends (a stolen session dies with
 * the old password) and the audit records it.
 */
public class ChangingPassword {

    public record ChangeOwnPassword(Actor actor, String currentPassword, String password) {
    }

    public record ResetPassword(Actor actor, String userId, String password) {
    }

    private final Directory directory;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LockoutPolicy lockout;
    private final Auditing audit;
    private final Clock clock;

    public ChangingPassword(Directory directory, Sessions sessions, PasswordHasher hasher, PasswordPolicy policy,
            LockoutPolicy lockout, Auditing audit, Clock clock) {
        this.directory = directory;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many sessions ended (the caller's own included: they sign in again with the new password) */
    public int change(ChangeOwnPassword command) {
        SignInAttempt attempt = ConcurrentChangeException.retrying(5, () -> {
            User user = directory.actor(command.actor());
            SignInAttempt checked = user.changePassword(command.currentPassword(), command.password(), hasher, policy,
                    clock.instant(), lockout);
            if (checked.succeeded() || checked.changed()) {
                directory.users().save(user);
            }
            if (checked.succeeded()) {
                audit.onUser(AuditAction.PASSWORD_CHANGED, user, command.actor().address(), user, "changed own password");
            } else {
                audit.onUser(AuditAction.PASSWORD_CHANGE_REFUSED, user, command.actor().address(), user,
                        "current password not accepted (" + checked.outcome() + ")");
            }
            return checked;
        });
        if (!attempt.succeeded()) {
            // the same answer for a wrong password and a locked account, as at sign-in
            throw new InvalidInputException("currentPassword", "was not accepted");
        }
        return sessions.endAll(command.actor().userId());
    }

    /** @return how many sessions of the user ended */
    public int reset(ResetPassword command) {
        User actor = directory.actor(command.actor());
        if (actor.id().equals(command.userId())) {
            throw new AccessRefusedException(IdentityRule.IDN_7,
                    "change your own password with your current one (POST /api/identity/me/password)");
        }
        User target = ConcurrentChangeException.retrying(5, () -> {
            User user = directory.user(command.userId());
            DirectoryAccess.requireMayManage(actor, user);
            user.resetPassword(command.password(), hasher, policy);
            directory.users().save(user);
            audit.onUser(AuditAction.PASSWORD_RESET, actor, command.actor().address(), user,
                    "password of " + user.username() + " reset");
            return user;
        });
        return sessions.endAll(target.id());
    }
}
