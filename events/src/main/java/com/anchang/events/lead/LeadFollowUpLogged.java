package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up was appended to a lead's page (LEAD-4): by its owner or the office's PM, on a channel
 * (PHONE, WECHAT, VISIT), effective or not; {@code corrects} names the earlier entry it corrects, if
 * any (entries are never edited). {@code countedForProtection} says whether the office's policy
 * counted it as a follow-up for the protection window (LEAD-3), and {@code protectedUntil} is the
 * window's last day after it. The note is not carried (it may hold customer data, LEAD-10).
 */
public record LeadFollowUpLogged(
        String leadId,
        String developerId,
        String officeId,
        String followUpId,
        String loggedBy,
        String ownerConsultantId,
        String channel,
        boolean effective,
        String corrects,
        Instant loggedAt,
        boolean countedForProtection,
        LocalDate protectedUntil) {

    public static final String TYPE = "lead.follow-up-logged";
    public static final int VERSION = 1;
}
