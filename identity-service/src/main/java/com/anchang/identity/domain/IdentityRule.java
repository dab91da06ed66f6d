package com.anchang.identity.domain;

import com.anchang.support.problem.RuleId;

/**
 * The identity rulebook (the platform's own rules, RULES.md IDN), named in refusals and tests by their
 * id like the sales-office rules.
 */
public enum IdentityRule implements RuleId {
    /** A username is unique on the platform (compared lower-case). */
    IDN_1,
    /** A user belongs to one developer: office roles are granted only in offices of that developer. */
    IDN_2,
    /**
     * Role shapes: CONSULTANT, SALES_CONTROL, FINANCE and PM are held in an office; HEAD_OFFICE is developer-wide and
     * held by a developer's staff; PLATFORM_ADMIN only by platform staff (users of no developer).
     */
    IDN_3,
    /**
     * Passwords: at least the policy's minimum length (default 10 characters), at most 72 bytes in UTF-8, never the
     * username.
     */
    IDN_4,
    /**
     * Lockout after N consecutive failed sign-ins (policy, default 5, for 15 min); while locked even the right
     * password is refused; a success resets the count. Unknown user, wrong password, locked and left all answer alike.
     */
    IDN_5,
    /** A user who LEFT cannot sign in, refresh or be granted roles; leaving ends all their sessions. */
    IDN_6,
    /**
     * Only PLATFORM_ADMIN creates developers, offices and users and grants developer-level roles; a PM grants and
     * revokes office roles where they are PM; HEAD_OFFICE and PM read the audit of their developer / office. Objects
     * of another developer are invisible (404).
     */
    IDN_7;

    /** The id, so a rule reads in messages as the rulebook names it. */
    @Override
    public String toString() {
        return id();
    }
}
