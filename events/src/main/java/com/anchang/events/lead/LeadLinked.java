package com.anchang.events.lead;

import java.time.Instant;

/**
 * LEAD-6: the owner (or the office's PM) linked a person to a lead's customer. {@code relation} SPOUSE,
 * PARENT, CHILD, COLLEAGUE_SAME_UNIT (superior or subordinate of one company buying one unit), SIBLING
 * or OTHER_RELATIVE. {@code sameCustomer} true: the person is the lead's customer (their mobile is
 * reserved for the lead), so a deal signed by them is credited to the lead's owner (COMM-1); false: a
 * separate customer (a sibling or other relative not registered together), recorded only. No mobile
 * (LEAD-10).
 */
public record LeadLinked(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String linkId,
        String relation,
        String personName,
        boolean sameCustomer,
        boolean registeredTogether,
        String linkedBy,
        Instant linkedAt) {

    public static final String TYPE = "lead.lead-linked";
    public static final int VERSION = 1;
}
