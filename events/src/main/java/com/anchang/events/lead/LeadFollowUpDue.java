package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reminder for the owner (LEAD-11, LEAD-12, NOTE-6): a follow-up is due on the lead, a set number of office
 * days (lead-service's office policy {@code lead.policy.follow-up-due-days}) before its protection lapses; sent once per
 * protection window. {@code followUpsLogged} are the owner's effective follow-ups since they own it, against
 * the office's LEAD-12 {@code minimumFollowUps} for the lead's source; {@code lastFollowUpAt} is null when none.
 */
public record LeadFollowUpDue(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        int followUpsLogged,
        int minimumFollowUps,
        Instant lastFollowUpAt,
        LocalDate protectedUntil,
        LocalDate releasedOn,
        Instant remindedAt) {

    public static final String TYPE = "lead.follow-up-due";
    public static final int VERSION = 1;
}
