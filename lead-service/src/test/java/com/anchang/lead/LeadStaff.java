package com.anchang.lead;

import com.anchang.support.test.TestTokens;

/** Access tokens of developer dev-1's staff at an office, for the lead-service ITs. */
final class LeadStaff {

    static final String DEVELOPER = "dev-1";

    private LeadStaff() {
    }

    static String consultant(String userId, String officeId) {
        return TestTokens.staff(userId, DEVELOPER).at(officeId, "CONSULTANT").token();
    }

    /** The office's PM (one per office: u-pm-&lt;officeId&gt;). */
    static String pm(String officeId) {
        return TestTokens.staff("u-pm-" + officeId, DEVELOPER).at(officeId, "PM").token();
    }
}
