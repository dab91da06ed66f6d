package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * LEAD-9: a violation was recorded for the office's PM: {@code kind} GRABBING, RENAMING or
 * UNIT_FLIPPING by {@code offenderConsultantId}; the credit of the customer goes to
 * {@code rightfulOwnerConsultantId} (COMM-1), null when nobody owns it yet (a call grabbed before it
 * became a lead). {@code origin} ROT-10 (a declined call taken back after the answer window), LEAD-5
 * (recorded with a collision's resolution) or PM (by hand); {@code reference} the call offer or
 * collision, or null. {@code leadId} may be null (a call). No evidence text (it may name customers:
 * LEAD-10); the PM reads it in lead-service.
 */
public record LeadViolationRecorded(
        String violationId,
        String developerId,
        String officeId,
        String leadId,
        String kind,
        String offenderConsultantId,
        String rightfulOwnerConsultantId,
        String origin,
        String reference,
        String recordedBy,
        Instant recordedAt,
        LocalDate businessDay) {

    public static final String TYPE = "lead.violation-recorded";
    public static final int VERSION = 1;
}
