package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The owner's protection of a lead ended without a follow-up (LEAD-3): the lead is released and goes
 * to whoever receives the customer next. Carries the window that ended, which attribution of a later
 * deal needs (COMM-1/2).
 */
public record LeadReleased(
        String leadId,
        String developerId,
        String officeId,
        String formerOwnerConsultantId,
        Instant ownedSince,
        LocalDate protectedUntil,
        LocalDate releasedOn,
        Instant releasedAt) {

    public static final String TYPE = "lead.lead-released";
    public static final int VERSION = 1;
}
