package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up extended the owner's protection of a lead (LEAD-3): the window as it stood before and
 * after, which attribution of a later deal needs (COMM-1/2).
 */
public record LeadProtectionExtended(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String followUpId,
        LocalDate previousProtectedUntil,
        LocalDate protectedUntil,
        Instant extendedAt) {

    public static final String TYPE = "lead.protection-extended";
    public static final int VERSION = 1;
}
