package com.anchang.identity.domain;

/**
 * The identity rulebook (ids named in refusals and tests, like the sales-office rules in RULES.md).
 * <ul>
 *   <li>IDN-1 A username is unique on the platform (compared lower-case).</li>
 *   <li>IDN-2 A user belongs to one developer: office roles are granted only in offices of that developer.</li>
 *   <li>IDN-3 Role shapes: CONSULTANT, SALES_CONTROL, FINANCE and PM are held in an office; HEAD_OFFICE is
 *       developer-wide (no office) and held by a developer's staff; PLATFORM_ADMIN is held only by platform
 *       staff (users of no developer).</li>
 *   <li>IDN-4 Passwords: at least the policy's minimum length (default 10 characters), at most 72 bytes in
 *       UTF-8, never the username.</li>
 *   <li>IDN-5 Lockout: after N consecutive failed sign-ins (office policy, default 5) the account is locked for
 *       a period (default 15 min); while locked even the right password is refused; a success resets the count.
 *       Unknown user, wrong password, locked and left all answer alike (no user enumeration).</li>
 *   <li>IDN-6 A user who LEFT cannot sign in, refresh or be granted roles; leaving ends all their sessions.</li>
 *   <li>IDN-7 Who may change the directory: only PLATFORM_ADMIN creates developers, offices and users and grants
 *       developer-level roles; a PM grants and revokes office roles in the offices where they are PM; HEAD_OFFICE
 *       and PM read the audit of their developer / office. Objects of another developer are invisible (404).</li>
 * </ul>
 */
public final class IdentityRules {

    public static final String UNIQUE_USERNAME = "IDN-1";
    public static final String ONE_DEVELOPER = "IDN-2";
    public static final String ROLE_SHAPE = "IDN-3";
    public static final String PASSWORD = "IDN-4";
    public static final String LOCKOUT = "IDN-5";
    public static final String LEFT = "IDN-6";
    public static final String WHO_MAY = "IDN-7";

    private IdentityRules() {
    }
}
