package com.anchang.identity.domain;

import static com.anchang.identity.domain.Fixtures.BINJIANG;
import static com.anchang.identity.domain.Fixtures.FOREIGN;
import static com.anchang.identity.domain.Fixtures.HASHER;
import static com.anchang.identity.domain.Fixtures.HUAXIN;
import static com.anchang.identity.domain.Fixtures.PASSWORD;
import static com.anchang.identity.domain.Fixtures.XIHU;
import static com.anchang.identity.domain.Fixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.test.Aggregates;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    static final LockoutPolicy LOCKOUT = new LockoutPolicy(5, Duration.ofMinutes(15));

    static SignInAttempt attempt(User user, String password, Instant at) {
        return user.signIn(password, HASHER, at, LOCKOUT);
    }

    @Test
    @DisplayName("IDN-2: an office role in an office of another developer is refused, and nothing is granted")
    void grantAcrossDevelopersRefused() {
        User consultant = staff("li.na", HUAXIN);

        assertThatThrownBy(() -> consultant.grant(Role.CONSULTANT, FOREIGN))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("IDN-2");
                    assertThat(e.getMessage()).contains("dev-huaxin").contains("office-foreign");
                });
        assertThat(consultant.grants()).isEmpty();
    }

    @Test
    @DisplayName("IDN-2: a user holds roles in several offices of their one developer, listed by office")
    void rolesInSeveralOffices() {
        User user = staff("wang.pm", HUAXIN);

        user.grant(Role.PM, BINJIANG);
        user.grant(Role.CONSULTANT, BINJIANG);
        user.grant(Role.CONSULTANT, XIHU);
        user.grant(Role.HEAD_OFFICE, null);

        assertThat(user.officeRoles()).isEqualTo(Map.of(
                "office-binjiang", List.of(Role.CONSULTANT, Role.PM),
                "office-xihu", List.of(Role.CONSULTANT)));
        assertThat(user.developerRoles()).containsExactly(Role.HEAD_OFFICE);
        assertThat(user.grant(Role.PM, BINJIANG)).as("granting twice changes nothing").isFalse();
    }

    @Test
    @DisplayName("IDN-3: PLATFORM_ADMIN is for platform staff only; an office role needs an office; HEAD_OFFICE takes none")
    void roleShapes() {
        User developerStaff = staff("zhao", HUAXIN);
        User platformStaff = staff("ops", null);

        assertThatThrownBy(() -> developerStaff.grant(Role.PLATFORM_ADMIN, null))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("IDN-3"));
        assertThatThrownBy(() -> platformStaff.grant(Role.HEAD_OFFICE, null))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("IDN-3"));
        assertThatThrownBy(() -> developerStaff.grant(Role.CONSULTANT, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("officeId"));
        assertThatThrownBy(() -> developerStaff.grant(Role.HEAD_OFFICE, BINJIANG))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("officeId"));
    }

    @Test
    @DisplayName("IDN-5: four wrong passwords are counted, the fifth locks the account for 15 minutes")
    void fifthFailureLocks() {
        User user = staff("chen", HUAXIN);
        Instant t = CLOCK.instant();

        for (int i = 1; i <= 4; i++) {
            SignInAttempt failed = attempt(user, "wrong-password", t.plusSeconds(i));
            assertThat(failed.outcome()).isEqualTo(SignInAttempt.Outcome.WRONG_PASSWORD);
            assertThat(failed.failures()).isEqualTo(i);
        }
        SignInAttempt fifth = attempt(user, "wrong-password", t.plusSeconds(5));

        assertThat(fifth.outcome()).isEqualTo(SignInAttempt.Outcome.LOCKED_OUT);
        assertThat(fifth.lockedUntil()).isEqualTo(t.plusSeconds(5).plus(Duration.ofMinutes(15)));
        assertThat(user.isLocked(t.plusSeconds(6))).isTrue();
    }

    @Test
    @DisplayName("IDN-5: while locked even the right password is refused; once the lock lapses it signs in")
    void lockRefusesRightPasswordUntilItLapses() {
        User user = staff("chen", HUAXIN);
        Instant t = CLOCK.instant();
        for (int i = 0; i < 5; i++) {
            attempt(user, "wrong-password", t);
        }

        SignInAttempt whileLocked = attempt(user, PASSWORD, t.plus(Duration.ofMinutes(14)));
        SignInAttempt afterLapse = attempt(user, PASSWORD, t.plus(Duration.ofMinutes(15)));

        assertThat(whileLocked.outcome()).isEqualTo(SignInAttempt.Outcome.LOCKED);
        assertThat(whileLocked.changed()).as("a refused attempt while locked does not extend the lock").isFalse();
        assertThat(afterLapse.outcome()).isEqualTo(SignInAttempt.Outcome.SIGNED_IN);
        assertThat(user.lockedUntil()).isNull();
    }

    @Test
    @DisplayName("IDN-5: a success resets the count: only consecutive failures lock")
    void successResetsTheCount() {
        User user = staff("chen", HUAXIN);
        Instant t = CLOCK.instant();
        for (int i = 0; i < 4; i++) {
            attempt(user, "wrong-password", t);
        }

        assertThat(attempt(user, PASSWORD, t).outcome()).isEqualTo(SignInAttempt.Outcome.SIGNED_IN);
        assertThat(user.failedSignIns()).isZero();
        for (int i = 0; i < 4; i++) {
            assertThat(attempt(user, "wrong-password", t).outcome()).isEqualTo(SignInAttempt.Outcome.WRONG_PASSWORD);
        }
        assertThat(user.isLocked(t)).isFalse();
    }

    @Test
    @DisplayName("IDN-6: a user who left cannot sign in, even with the right password, nor be granted a role")
    void leftUserCannotSignIn() {
        User user = staff("sun", HUAXIN);
        assertThat(user.leave(CLOCK.instant())).isTrue();

        SignInAttempt attempt = attempt(user, PASSWORD, CLOCK.instant());

        assertThat(attempt.outcome()).isEqualTo(SignInAttempt.Outcome.LEFT);
        assertThat(attempt.succeeded()).isFalse();
        assertThatThrownBy(() -> user.grant(Role.CONSULTANT, BINJIANG))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("IDN-6"));
        assertThat(user.leave(CLOCK.instant())).as("leaving twice changes nothing").isFalse();
    }

    @Test
    @DisplayName("IDN-1: usernames are stored lower-case and must be well-formed")
    void usernames() {
        assertThat(staff("Li.Na@Huaxin", HUAXIN).username()).isEqualTo("li.na@huaxin");
        assertThatThrownBy(() -> staff("李娜", HUAXIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> staff("ab", HUAXIN)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("IDN-4: only the password's hash is kept")
    void onlyTheHashIsKept() {
        User user = staff("zhou", HUAXIN);
        assertThat(user.passwordHash()).isEqualTo("{test}" + PASSWORD);
    }

    @Test
    @DisplayName("IDN-4/IDN-5: changing one's password needs the current one, counted like a sign-in; the fifth wrong one locks")
    void changePasswordChecksTheCurrentOne() {
        User user = staff("bj.chen", HUAXIN);
        PasswordPolicy policy = PasswordPolicy.ofMinLength(10);
        Instant now = CLOCK.instant();

        for (int i = 1; i <= 4; i++) {
            assertThat(user.changePassword("wrong-" + i, "a-new-password", HASHER, policy, now, LOCKOUT).outcome())
                    .isEqualTo(SignInAttempt.Outcome.WRONG_PASSWORD);
        }
        assertThat(user.changePassword("wrong-5", "a-new-password", HASHER, policy, now, LOCKOUT).outcome())
                .isEqualTo(SignInAttempt.Outcome.LOCKED_OUT);
        assertThat(user.changePassword(PASSWORD, "a-new-password", HASHER, policy, now, LOCKOUT).succeeded())
                .as("locked: even the right current password is refused").isFalse();
        assertThat(user.signIn("a-new-password", HASHER, now.plus(Duration.ofMinutes(16)), LOCKOUT).succeeded())
                .as("nothing was changed").isFalse();
        assertThat(user.changePassword(PASSWORD, "a-new-password", HASHER, policy, now.plus(Duration.ofMinutes(16)),
                LOCKOUT).succeeded()).isTrue();
        assertThat(user.signIn("a-new-password", HASHER, now.plus(Duration.ofMinutes(17)), LOCKOUT).succeeded()).isTrue();
    }

    @Test
    @DisplayName("IDN-4: the new password must satisfy the policy and differ from the current one; a bad one counts no failure")
    void newPasswordMustBeAcceptable() {
        User user = staff("bj.zhou", HUAXIN);
        PasswordPolicy policy = PasswordPolicy.ofMinLength(10);

        assertThatThrownBy(() -> user.changePassword(PASSWORD, "short", HASHER, policy, CLOCK.instant(), LOCKOUT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> user.changePassword(PASSWORD, PASSWORD, HASHER, policy, CLOCK.instant(), LOCKOUT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("differ");
        assertThat(user.failedSignIns()).isZero();
    }

    @Test
    @DisplayName("IDN-4/IDN-5: a reset by a manager sets the new password and lifts the lock")
    void resetLiftsTheLock() {
        User user = staff("bj.lin", HUAXIN);
        Instant now = CLOCK.instant();
        for (int i = 1; i <= 5; i++) {
            user.signIn("wrong-" + i, HASHER, now, LOCKOUT);
        }
        assertThat(user.isLocked(now)).isTrue();

        user.resetPassword("reset-password-1", HASHER, PasswordPolicy.ofMinLength(10));

        assertThat(user.isLocked(now)).isFalse();
        assertThat(user.signIn("reset-password-1", HASHER, now, LOCKOUT).succeeded()).isTrue();
    }

    @Test
    @DisplayName("IDN-3/IDN-5: a user is rebuilt from storage by User.restore only; no public constructor or setter grants a role or unlocks past the rules")
    void rebuiltOnlyByRestore() {
        Aggregates.assertNoBackDoor(User.class);
    }

    @Test
    @DisplayName("NOTE-6: a staff member's own mobile is a mainland number (spaces, dashes, +86 dropped), shown masked; "
            + "SMS reminders need one; anything else is refused naming the field and changes nothing")
    void ownMobileForSmsReminders() {
        User consultant = staff("li.na", HUAXIN);

        assertThat(consultant.chooseContact("+86 138-1234-5678", true, CLOCK.instant())).isTrue();
        assertThat(consultant.mobile()).isEqualTo("13812345678");
        assertThat(consultant.maskedMobile()).isEqualTo("138****5678");
        assertThat(consultant.smsReminders()).isTrue();
        assertThat(consultant.chooseContact("13812345678", true, CLOCK.instant())).as("the same again").isFalse();

        for (String wrong : List.of("12812345678", "1381234567", "138123456789", "138-1234-567x", "+1 4155550100")) {
            assertThatThrownBy(() -> consultant.chooseContact(wrong, true, CLOCK.instant())).as(wrong)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("mobile"));
        }
        assertThatThrownBy(() -> consultant.chooseContact(" ", true, CLOCK.instant()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("smsReminders"));
        assertThat(consultant.maskedMobile()).as("nothing changed by a refusal").isEqualTo("138****5678");

        assertThat(consultant.chooseContact(null, false, CLOCK.instant())).isTrue();
        assertThat(consultant.mobile()).isNull();
        assertThat(consultant.maskedMobile()).isNull();
        assertThat(consultant.smsReminders()).isFalse();
    }

    @Test
    @DisplayName("NOTE-6: a change of contact, and leaving with a mobile given, are told with their time; "
            + "the same contact again, or leaving without a mobile, tells nothing; a user who left is not reminded by SMS")
    void contactChangesAreTold() {
        Instant at = CLOCK.instant();
        User consultant = staff("li.na", HUAXIN);
        assertThat(consultant.contactChangedAt()).as("nothing changed yet").isNull();
        assertThat(consultant.chooseContact("13812345678", true, at)).isTrue();
        assertThat(consultant.contactChangedAt()).isEqualTo(at);
        assertThat(consultant.remindableBySms()).isTrue();

        User again = staff("li.na", HUAXIN);
        again.chooseContact("13812345678", true, at);
        User restored = User.restore(again.id(), again.username(), again.displayName(), again.developerId(),
                again.passwordHash(), again.employment(), false, 0, null, again.grants(), again.mobile(), true, 1);
        assertThat(restored.chooseContact("138 1234 5678", true, at.plusSeconds(60))).as("the same again").isFalse();
        assertThat(restored.contactChangedAt()).isNull();
        assertThat(restored.leave(at.plusSeconds(120))).isTrue();
        assertThat(restored.contactChangedAt()).as("leaving withdraws the mobile").isEqualTo(at.plusSeconds(120));
        assertThat(restored.remindableBySms()).isFalse();

        User without = staff("zhao", HUAXIN);
        assertThat(without.leave(at)).isTrue();
        assertThat(without.contactChangedAt()).as("no mobile given: nothing to withdraw").isNull();
        assertThat(without.retellContact(at)).as("no mobile: nothing to tell").isFalse();
        User kept = User.restore(again.id(), again.username(), again.displayName(), again.developerId(),
                again.passwordHash(), again.employment(), false, 0, null, again.grants(), "13812345678", true, 1);
        assertThat(kept.retellContact(at)).isTrue();
        assertThat(kept.contactChangedAt()).as("a mobile kept from before is told").isEqualTo(at);
    }
}
