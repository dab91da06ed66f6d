package com.anchang.events.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * NOTE-6: a member of staff set or changed their own mobile and whether they want their reminders by SMS as
 * well as in the app, or left the company (IDN-6: {@code employed} false, no mobile, no SMS). Keyed by user id.
 * {@code mobile} is the full number (11 digits) because consumers send to it; every consumer shows and logs it
 * masked (LEAD-10), null when none. {@code officeIds} are the offices where the user holds a role, and
 * {@code officeRoles} the roles held in each. {@code sequence} grows with every change of the user's record:
 * of two events of one user, the one with the higher sequence is the newer.
 */
public record StaffContactChanged(
        String userId,
        String username,
        String displayName,
        String developerId,
        List<String> officeIds,
        Map<String, List<String>> officeRoles,
        String mobile,
        boolean smsReminders,
        boolean employed,
        long sequence,
        Instant changedAt) {

    public static final String TYPE = "identity.staff-contact-changed";
    public static final int VERSION = 1;
}
