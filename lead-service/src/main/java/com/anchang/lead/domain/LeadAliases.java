package com.anchang.lead.domain;

import java.util.Optional;

/**
 * Port, LEAD-6: the mobiles of an office reserved for a lead by a "same customer" link (spouse,
 * parent, child, a colleague buying the same unit, a relative registered together). Each is a unique
 * key of the office (office + normalised mobile), so one mobile is reserved for at most one lead, and
 * registration finds it with one exact look-up after the lead key.
 */
public interface LeadAliases {

    /** The lead the office's mobile is reserved for by a link, if any. */
    Optional<String> leadFor(String officeId, MobileNumber mobile);

    /**
     * Reserves the mobile for the lead unless it is reserved already.
     *
     * @return empty if this call reserved it; otherwise the lead it was already reserved for (possibly this one)
     */
    Optional<String> reserve(String developerId, String officeId, MobileNumber mobile, String leadId);

    /** Gives the reservation up, if it is still this lead's. */
    void release(String officeId, MobileNumber mobile, String leadId);
}
