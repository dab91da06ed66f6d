package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * LEAD-5: a second consultant registered a customer a colleague's lead already holds. Decided at once
 * by the rule ({@code decidedFollowerConsultantId}); open for the office's PM until resolved, on
 * {@code foundOn}.
 */
public record LeadCollisionOpened(
        String collisionId,
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String challengerConsultantId,
        Instant foundAt,
        LocalDate foundOn,
        LocalDate ownerProtectedUntil,
        String decidedFollowerConsultantId) {

    public static final String TYPE = "lead.collision-opened";
    public static final int VERSION = 1;
}
