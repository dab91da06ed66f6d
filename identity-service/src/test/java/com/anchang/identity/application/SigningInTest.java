package com.anchang.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.AuditEntry;
import com.anchang.identity.domain.AuditLog;
import com.anchang.identity.domain.AuditScope;
import com.anchang.identity.domain.Developer;
import com.anchang.identity.domain.LockoutPolicy;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.PasswordHasher;
import com.anchang.identity.domain.PasswordPolicy;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.User;
import com.anchang.identity.domain.UserRepository;
import com.anchang.identity.domain.UsernameTakenException;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SigningInTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    static final Developer HUAXIN = new Developer("dev-huaxin", "华信地产");
    static final Office BINJIANG = new Office("office-binjiang", HUAXIN.id(), "滨江", ZoneId.of("Asia/Shanghai"));

    /** Counts how often a hash is checked, so a refusal can be shown to cost the same as a success. */
    static final class CountingHasher implements PasswordHasher {
        int checks;

        @Override
        public String hash(String rawPassword) {
            return "{test}" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            checks++;
            return hash.equals("{test}" + rawPassword);
        }
    }

    /** Users in memory, with the compare-and-set on the version like the store's. */
    static final class InMemoryUsers implements UserRepository {
        final Map<String, User> byId = new HashMap<>();

        @Override
        public Optional<User> find(String userId) {
            return Optional.ofNullable(byId.get(userId)).map(InMemoryUsers::copy);
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return byId.values().stream().filter(u -> u.username().equals(username)).findFirst().map(InMemoryUsers::copy);
        }

        @Override
        public void insert(User user) {
            if (findByUsername(user.username()).isPresent()) {
                throw new UsernameTakenException(user.username());
            }
            byId.put(user.id(), copy(user));
        }

        @Override
        public void save(User user) {
            User stored = byId.get(user.id());
            if (stored.version() != user.version()) {
                throw new ConcurrentChangeException("changed");
            }
            byId.put(user.id(), User.restore(user.id(), user.username(), user.displayName(), user.developerId(),
                    user.passwordHash(), user.employment(), user.certified(), user.failedSignIns(), user.lockedUntil(),
                    user.grants(), user.version() + 1));
        }

        @Override
        public boolean anyPlatformAdmin() {
            return byId.values().stream().anyMatch(User::isPlatformAdmin);
        }

        @Override
        public java.util.List<User> withContactNeverTold() {
            return java.util.List.of();
        }

        @Override
        public java.util.List<User> everListedAt(String officeId) {
            return byId.values().stream().filter(u -> u.officeIds().contains(officeId)).map(InMemoryUsers::copy).toList();
        }

        static User copy(User u) {
            return User.restore(u.id(), u.username(), u.displayName(), u.developerId(), u.passwordHash(), u.employment(),
                    u.certified(), u.failedSignIns(), u.lockedUntil(), u.grants(), u.version());
        }
    }

    static final class InMemoryAudit implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> read(AuditScope scope, LocalDate day) {
            return entries;
        }
    }

    final CountingHasher hasher = new CountingHasher();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryAudit audit = new InMemoryAudit();
    final SigningIn signingIn = new SigningIn(users, hasher, new LockoutPolicy(5, Duration.ofMinutes(15)),
            new Auditing(audit, CLOCK), CLOCK);

    User consultant() {
        User user = User.create("li.na", "李娜", HUAXIN, "correct-horse-1", PasswordPolicy.ofMinLength(10), hasher);
        user.grant(Role.CONSULTANT, BINJIANG);
        users.insert(user);
        return user;
    }

    SigningIn.SignInResult signIn(String username, String password) {
        return signingIn.signIn(new SigningIn.SignIn(username, password, "203.0.113.7"));
    }

    @Test
    @DisplayName("IDN-5: an unknown username is refused like a wrong password, costs one hash check too, and is audited for the platform")
    void unknownUserLooksLikeWrongPassword() {
        consultant();
        hasher.checks = 0;

        SigningIn.SignInResult unknown = signIn("wang.wu", "correct-horse-1");
        SigningIn.SignInResult wrong = signIn("li.na", "wrong-password");

        assertThat(unknown).isEqualTo(wrong);
        assertThat(unknown.user()).isEmpty();
        assertThat(hasher.checks).isEqualTo(2);
        assertThat(audit.entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED);
        AuditEntry unknownEntry = audit.entries.get(0);
        assertThat(unknownEntry.actorName()).isEqualTo("wang.wu");
        assertThat(unknownEntry.developerId()).isNull();
        assertThat(audit.entries.get(1).officeIds()).containsExactly("office-binjiang");
        assertThat(audit.entries.get(1).address()).isEqualTo("203.0.113.7");
    }

    @Test
    @DisplayName("IDN-5: failures are stored between attempts; the fifth locks, then the right password is refused and audited")
    void lockoutIsStored() {
        User user = consultant();
        for (int i = 0; i < 5; i++) {
            signIn("LI.NA", "wrong-password");
        }

        SigningIn.SignInResult right = signIn("li.na", "correct-horse-1");

        assertThat(right.user()).isEmpty();
        assertThat(users.find(user.id()).orElseThrow().lockedUntil()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(15)));
        assertThat(audit.entries).extracting(AuditEntry::action).endsWith(AuditAction.SIGN_IN_FAILED,
                AuditAction.LOCKED_OUT, AuditAction.SIGN_IN_REFUSED);
    }

    @Test
    @DisplayName("a right password signs in, resets the count and is audited")
    void success() {
        User user = consultant();
        signIn("li.na", "wrong-password");

        SigningIn.SignInResult result = signIn("li.na", "correct-horse-1");

        assertThat(result.user()).map(User::id).contains(user.id());
        assertThat(users.find(user.id()).orElseThrow().failedSignIns()).isZero();
        assertThat(audit.entries.getLast().action()).isEqualTo(AuditAction.SIGNED_IN);
    }
}
