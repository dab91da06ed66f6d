package com.anchang.dashboard.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The read model's store of leads for LEAD-12: per lead its owner at registration, its source and the office
 * day it was registered, and the set of effective follow-ups its owner logged (a set, so a redelivered
 * follow-up counts once).
 */
public interface LeadLedger {

    void registered(String leadId, String ownerConsultantId, String source, LocalDate day);

    /** Adds the follow-up to the lead's set; the lead as it stands, empty when its registration is not known. */
    Optional<TrackedLead> followedUp(String leadId, String followUpId);

    /** A lead's owner, source, registration day and number of effective follow-ups by its owner. */
    record TrackedLead(String leadId, String ownerConsultantId, String source, LocalDate day, int followUps) {
    }
}
