package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.LockoutPolicy;
import com.anchang.identity.domain.PasswordHasher;
import com.anchang.identity.domain.SignInAttempt;
import com.anchang.identity.domain.User;
import com.anchang.identity.domain.UserRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.InvalidInputException;
import java.time.Clock;
import java.util.Optional;

/**
 * IDN-5/IDN-6: staff password sign-in. Counts failures and locks the account per the lockout policy,
 * audits every attempt, and answers a refusal without telling why: an unknown username, a wrong
 * password, a locked account and a user who left all look the same to the caller (and cost the same
 * password-hash time).
 */
public class SigningIn {

    public record SignIn(String username, String password, String address) {
    }

    /** @param user the signed-in user, present only if the attempt succeeded */
    public record SignInResult(Optional<User> user) {

        static SignInResult refused() {
            return new SignInResult(Optional.empty());
        }
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LockoutPolicy lockout;
    private final Auditing audit;
    private final Clock clock;
    private final String decoyHash;

    public SigningIn(UserRepository users, PasswordHasher hasher, LockoutPolicy lockout, Auditing audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-password-for-unknown-users");
    }

    public SignInResult signIn(SignIn command) {
        Optional<User> found = find(command.username());
        if (found.isEmpty()) {
            hasher.matches(command.password() == null ? "" : command.password(), decoyHash);
            audit.unknownUser(command.username(), command.address());
            return SignInResult.refused();
        }
        String userId = found.get().id();
        return ConcurrentChangeException.retrying(5, () -> {
            User user = users.find(userId).orElseThrow(() -> new ConcurrentChangeException("user removed"));
            SignInAttempt attempt = user.signIn(command.password(), hasher, clock.instant(), lockout);
            if (attempt.changed()) {
                users.save(user);
            }
            audit(user, attempt, command.address());
            return attempt.succeeded() ? new SignInResult(Optional.of(user)) : SignInResult.refused();
        });
    }

    private Optional<User> find(String username) {
        try {
            return users.findByUsername(User.normaliseUsername(username));
        } catch (InvalidInputException malformed) {
            return Optional.empty();
        }
    }

    private void audit(User user, SignInAttempt attempt, String address) {
        switch (attempt.outcome()) {
            case SIGNED_IN -> audit.onUser(AuditAction.SIGNED_IN, user, address, user, "signed in");
            case WRONG_PASSWORD -> audit.onUser(AuditAction.SIGN_IN_FAILED, user, address, user,
                    "wrong password, " + attempt.failures() + " consecutive failure(s)");
            case LOCKED_OUT -> audit.onUser(AuditAction.LOCKED_OUT, user, address, user,
                    "wrong password, " + attempt.failures() + " consecutive failures: locked until " + attempt.lockedUntil());
            case LOCKED -> audit.onUser(AuditAction.SIGN_IN_REFUSED, user, address, user,
                    "account locked until " + attempt.lockedUntil());
            case LEFT -> audit.onUser(AuditAction.SIGN_IN_REFUSED, user, address, user, "user has left");
        }
    }
}
