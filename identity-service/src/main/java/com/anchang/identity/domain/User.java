package com.anchang.identity.domain;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A member of staff who signs in: a developer's staff (developerId set) or platform staff (no developer).
 * Holds role grants (IDN-2, IDN-3), a password hash, an employment status (IDN-6), the consultant
 * certification flag (上岗, ROT-1 needs it) and the lockout state (IDN-5).
 */
public final class User {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    /** A mainland China mobile number: 11 digits, 1 then 3-9. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final String id;
    private final String username;
    private final String displayName;
    private final String developerId;
    private String passwordHash;
    private Employment employment;
    private boolean certified;
    private int failedSignIns;
    private Instant lockedUntil;
    private final Set<RoleGrant> grants;
    private final long version;
    private String mobile;
    private boolean smsReminders;
    /** When this change set or withdrew the contact (to be told to other services), null when it did not. */
    private Instant contactChangedAt;

    /** Rebuilds a user from what storage holds; every change after that goes through the rules. */
    public static User restore(String id, String username, String displayName, String developerId,
            String passwordHash, Employment employment, boolean certified, int failedSignIns, Instant lockedUntil,
            Set<RoleGrant> grants, long version) {
        return new User(id, username, displayName, developerId, passwordHash, employment, certified, failedSignIns,
                lockedUntil, grants, version);
    }

    /**
     * {@link #restore} with the staff member's own mobile (digits, or null) and whether they chose to be
     * reminded by SMS too (NOTE-6).
     */
    public static User restore(String id, String username, String displayName, String developerId,
            String passwordHash, Employment employment, boolean certified, int failedSignIns, Instant lockedUntil,
            Set<RoleGrant> grants, String mobile, boolean smsReminders, long version) {
        User user = restore(id, username, displayName, developerId, passwordHash, employment, certified, failedSignIns,
                lockedUntil, grants, version);
        user.mobile = mobile;
        user.smsReminders = smsReminders && mobile != null;
        return user;
    }

    private User(String id, String username, String displayName, String developerId, String passwordHash,
            Employment employment, boolean certified, int failedSignIns, Instant lockedUntil, Set<RoleGrant> grants,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.developerId = developerId;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.employment = Objects.requireNonNull(employment, "employment");
        this.certified = certified;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.grants = new LinkedHashSet<>(grants);
        this.version = version;
    }

    /**
     * Creates an ACTIVE user with no roles. IDN-4: the initial password must satisfy the policy; only
     * its hash is kept.
     *
     * @param developer the developer whose staff the user is, or null for platform staff
     */
    public static User create(String username, String displayName, Developer developer, String password,
            PasswordPolicy policy, PasswordHasher hasher) {
        String normalised = normaliseUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName", "is required");
        }
        policy.check(normalised, password);
        return new User("user-" + UUID.randomUUID(), normalised, displayName.strip(),
                developer == null ? null : developer.id(), hasher.hash(password), Employment.ACTIVE, false, 0, null,
                Set.of(), 0);
    }

    /** IDN-1: usernames are compared lower-case: 3-64 of a-z 0-9 . _ @ -, starting with a letter or digit. */
    public static String normaliseUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new InvalidInputException("username",
                    "must be 3-64 characters of letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return normalised;
    }

    /**
     * IDN-2/IDN-3/IDN-6: grants a role, in the office for an office role. Refuses an office of another
     * developer, a role of the wrong shape, and a user who left.
     *
     * @param office the office for an office role, null for HEAD_OFFICE and PLATFORM_ADMIN
     * @return true if the user did not hold the role there yet
     */
    public boolean grant(Role role, Office office) {
        Objects.requireNonNull(role, "role");
        if (employment == Employment.LEFT) {
            throw new RuleRefusedException(IdentityRule.IDN_6, "user " + username + " has left; no role can be granted");
        }
        String grantedIn = switch (role.scope()) {
            case OFFICE -> {
                if (office == null) {
                    throw new InvalidInputException("officeId", "is required for the office role " + role);
                }
                if (developerId == null) {
                    throw new RuleRefusedException(IdentityRule.IDN_3,
                            "user " + username + " is platform staff and cannot hold the office role " + role);
                }
                if (!developerId.equals(office.developerId())) {
                    throw new RuleRefusedException(IdentityRule.IDN_2, "user " + username + " belongs to developer "
                            + developerId + "; office " + office.id() + " belongs to developer " + office.developerId());
                }
                yield office.id();
            }
            case DEVELOPER -> {
                if (office != null) {
                    throw new InvalidInputException("officeId", "must be empty for the developer-wide role " + role);
                }
                if (developerId == null) {
                    throw new RuleRefusedException(IdentityRule.IDN_3,
                            "user " + username + " is platform staff and cannot hold " + role);
                }
                yield null;
            }
            case PLATFORM -> {
                if (office != null) {
                    throw new InvalidInputException("officeId", "must be empty for the platform role " + role);
                }
                if (developerId != null) {
                    throw new RuleRefusedException(IdentityRule.IDN_3,
                            "user " + username + " is staff of developer " + developerId + "; " + role
                                    + " is held only by platform staff");
                }
                yield null;
            }
        };
        return grants.add(new RoleGrant(grantedIn, role));
    }

    /** @return true if the user held the role (in that office) and no longer does */
    public boolean revoke(Role role, String officeId) {
        return grants.remove(new RoleGrant(role.isOfficeRole() ? officeId : null, role));
    }

    /**
     * IDN-6: the user leaves at {@code at}; they can no longer sign in, and a mobile they gave is withdrawn from
     * the reminders (NOTE-6: told as a contact change). @return true if they were ACTIVE
     */
    public boolean leave(Instant at) {
        if (employment == Employment.LEFT) {
            return false;
        }
        employment = Employment.LEFT;
        if (mobile != null) {
            contactChangedAt = Objects.requireNonNull(at, "at");
        }
        return true;
    }

    /** ROT-1: sets whether the consultant passed the office's exam (上岗). @return true if it changed */
    /**
     * NOTE-6: the staff member's own mobile and whether they want their reminders by SMS as well as in the app.
     * The number is a mainland mobile (spaces, dashes and a +86 prefix are dropped); none (null or blank)
     * removes it; SMS reminders need a number.
     *
     * A change at {@code at} is told to other services ({@link #contactChangedAt()}).
     *
     * @return whether anything changed
     */
    public boolean chooseContact(String mobileNumber, boolean bySms, Instant at) {
        String digits = normaliseMobile(mobileNumber);
        if (bySms && digits == null) {
            throw new InvalidInputException("smsReminders", "needs a mobile number to send to");
        }
        boolean changed = !Objects.equals(mobile, digits) || smsReminders != bySms;
        mobile = digits;
        smsReminders = bySms;
        if (changed) {
            contactChangedAt = Objects.requireNonNull(at, "at");
        }
        return changed;
    }

    /**
     * NOTE-6: when this change (since the user was read) set, changed or withdrew their contact, to be told to
     * other services in the same write; null when it did not.
     */
    public Instant contactChangedAt() {
        return contactChangedAt;
    }

    /**
     * NOTE-6: tells other services the user's contact again at {@code at}, as it now is: after their roles changed
     * (who is PM where), or when it was set before the directory told such changes. Nothing without a mobile.
     *
     * @return whether there is a contact to tell
     */
    public boolean retellContact(Instant at) {
        if (mobile == null) {
            return false;
        }
        contactChangedAt = Objects.requireNonNull(at, "at");
        return true;
    }

    /** Whether other services may remind this user by SMS: employed, with a mobile, and they chose it (NOTE-6). */
    public boolean remindableBySms() {
        return isActive() && mobile != null && smsReminders;
    }

    /** The digits of a mainland mobile, or null for none; anything else is refused naming the field. */
    public static String normaliseMobile(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip().replace(" ", "").replace("-", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new InvalidInputException("mobile", "is not a mainland mobile number (11 digits, 13x-19x)");
        }
        return digits;
    }

    /** The mobile as every screen shows it: 138****5678 (LEAD-10's mask), or null. */
    public String maskedMobile() {
        return mobile == null ? null : mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    /** The mobile's digits, for storage only: screens show {@link #maskedMobile()}. */
    public String mobile() {
        return mobile;
    }

    public boolean smsReminders() {
        return smsReminders;
    }

    public boolean certify(boolean certified) {
        boolean changed = this.certified != certified;
        this.certified = certified;
        return changed;
    }

    /**
     * IDN-5/IDN-6: decides one sign-in attempt at {@code now}. A user who left or a locked account is
     * refused whatever the password; a wrong password is counted and the failure that reaches the
     * policy's limit locks the account for the policy's period (the count starts again after it); a
     * right password resets the count.
     */
    public SignInAttempt signIn(String password, PasswordHasher hasher, Instant now, LockoutPolicy policy) {
        // the hash is always checked, so every refusal costs the same time
        boolean matches = password != null && hasher.matches(password, passwordHash);
        if (employment == Employment.LEFT) {
            return new SignInAttempt(SignInAttempt.Outcome.LEFT, failedSignIns, lockedUntil, false);
        }
        if (isLocked(now)) {
            return new SignInAttempt(SignInAttempt.Outcome.LOCKED, failedSignIns, lockedUntil, false);
        }
        if (matches) {
            boolean changed = failedSignIns != 0 || lockedUntil != null;
            failedSignIns = 0;
            lockedUntil = null;
            return new SignInAttempt(SignInAttempt.Outcome.SIGNED_IN, 0, null, changed);
        }
        failedSignIns++;
        if (failedSignIns >= policy.maxFailures()) {
            failedSignIns = 0;
            lockedUntil = now.plus(policy.lockDuration());
            return new SignInAttempt(SignInAttempt.Outcome.LOCKED_OUT, policy.maxFailures(), lockedUntil, true);
        }
        return new SignInAttempt(SignInAttempt.Outcome.WRONG_PASSWORD, failedSignIns, lockedUntil, true);
    }

    /**
     * IDN-4/IDN-5: the user changes their own password. The new one must satisfy the policy and differ
     * from the current one; the current one is checked exactly like a sign-in (a wrong one is counted
     * and can lock the account, a locked account or a user who left is refused whatever they type).
     *
     * @return the check of the current password; the password is changed only if it succeeded
     */
    public SignInAttempt changePassword(String currentPassword, String newPassword, PasswordHasher hasher,
            PasswordPolicy policy, Instant now, LockoutPolicy lockout) {
        policy.check(username, newPassword);
        SignInAttempt attempt = signIn(currentPassword, hasher, now, lockout);
        if (attempt.succeeded()) {
            if (hasher.matches(newPassword, passwordHash)) {
                throw new InvalidInputException("password", "must differ from the current password");
            }
            passwordHash = hasher.hash(newPassword);
        }
        return attempt;
    }

    /** IDN-4: a manager sets a new password (the user forgot theirs); it also lifts a lockout (IDN-5). */
    public void resetPassword(String newPassword, PasswordHasher hasher, PasswordPolicy policy) {
        policy.check(username, newPassword);
        passwordHash = hasher.hash(newPassword);
        failedSignIns = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean isActive() {
        return employment == Employment.ACTIVE;
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean holds(Role role, String officeId) {
        return grants.contains(new RoleGrant(role.isOfficeRole() ? officeId : null, role));
    }

    public boolean isPlatformAdmin() {
        return holds(Role.PLATFORM_ADMIN);
    }

    /** Whether this user belongs to the given developer (platform staff belong to none). */
    public boolean belongsTo(String developerId) {
        return this.developerId != null && this.developerId.equals(developerId);
    }

    /** The offices where the user holds any role. */
    public Set<String> officeIds() {
        Set<String> offices = new TreeSet<>();
        grants.stream().filter(g -> g.officeId() != null).forEach(g -> offices.add(g.officeId()));
        return offices;
    }

    /** Office roles by office id, each list in the enum's order. */
    public SortedMap<String, List<Role>> officeRoles() {
        SortedMap<String, Set<Role>> byOffice = new TreeMap<>();
        grants.stream().filter(g -> g.role().isOfficeRole())
                .forEach(g -> byOffice.computeIfAbsent(g.officeId(), k -> EnumSet.noneOf(Role.class)).add(g.role()));
        SortedMap<String, List<Role>> result = new TreeMap<>();
        byOffice.forEach((office, roles) -> result.put(office, List.copyOf(roles)));
        return result;
    }

    /** The roles held without an office (HEAD_OFFICE, PLATFORM_ADMIN), in the enum's order. */
    public List<Role> developerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.stream().filter(g -> !g.role().isOfficeRole()).forEach(g -> roles.add(g.role()));
        return List.copyOf(roles);
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** The developer whose staff this user is, or null for platform staff. */
    public String developerId() {
        return developerId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Employment employment() {
        return employment;
    }

    public boolean certified() {
        return certified;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Set<RoleGrant> grants() {
        return Collections.unmodifiableSet(grants);
    }

    public long version() {
        return version;
    }

    /** For views: office roles as plain names. */
    public Map<String, List<String>> officeRoleNames() {
        Map<String, List<String>> names = new TreeMap<>();
        officeRoles().forEach((office, roles) -> names.put(office, roles.stream().map(Enum::name).toList()));
        return names;
    }
}
