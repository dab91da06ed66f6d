package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reminder for the owner (LEAD-11, NOTE-6): {@code protectedUntil} is the lead's last protected day;
 * without a follow-up it is released on {@code releasedOn}. Sent once per protection window.
 */
public record LeadProtectionLapsing(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        LocalDate protectedUntil,
        LocalDate releasedOn,
        Instant remindedAt) {

    public static final String TYPE = "lead.protection-lapsing";
    public static final int VERSION = 1;
}
