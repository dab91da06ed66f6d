package com.anchang.events.lead;

import java.time.Instant;

/**
 * LEAD-11: a lead moved between stages (NEW, POTENTIAL, INTENTION, NEGOTIATING, DEPOSIT, CONTRACTED,
 * LOST), by its owner or the office's PM.
 */
public record LeadStageChanged(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String from,
        String to,
        String changedBy,
        Instant changedAt) {

    public static final String TYPE = "lead.stage-changed";
    public static final int VERSION = 1;
}
