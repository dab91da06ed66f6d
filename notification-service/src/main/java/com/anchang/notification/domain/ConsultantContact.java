package com.anchang.notification.domain;

import com.anchang.support.privacy.MobileMask;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * NOTE-6: how a member of staff is reached by SMS, as identity-service last told it: their own mobile (full, to
 * send to; shown and logged masked, LEAD-10), whether they chose SMS reminders, and whether they are still
 * employed, and the offices where they are PM (they are texted what waits for the PM there). {@code sequence}
 * orders what identity told of one user: the higher is the newer.
 */
public record ConsultantContact(String userId, String displayName, String mobile, boolean smsReminders,
        boolean employed, long sequence, Instant changedAt, Set<String> pmOffices) {

    public ConsultantContact {
        Objects.requireNonNull(userId, "userId");
        mobile = mobile == null || mobile.isBlank() ? null : mobile;
        pmOffices = pmOffices == null ? Set.of() : Set.copyOf(pmOffices);
    }

    /** Someone who is PM nowhere. */
    public ConsultantContact(String userId, String displayName, String mobile, boolean smsReminders, boolean employed,
            long sequence, Instant changedAt) {
        this(userId, displayName, mobile, smsReminders, employed, sequence, changedAt, Set.of());
    }

    /** Whether their reminders go by SMS as well as to the inbox: employed, with a mobile, and they chose it. */
    public boolean wantsSms() {
        return employed && smsReminders && mobile != null;
    }

    /** LEAD-10: the mobile as screens and logs show it, e.g. 139****5678; null when none. */
    public String maskedMobile() {
        return mobile == null ? null : MobileMask.mask(mobile);
    }
}
