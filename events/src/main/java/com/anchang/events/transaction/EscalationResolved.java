package com.anchang.events.transaction;

import java.time.Instant;

/**
 * DEAL-7: an entry of an office's escalation list was resolved: by the PM with a note, or by the step that
 * removed its cause (the money received, the deal cancelled; {@code resolvedBy} is who took that step).
 * Keyed by deal id.
 */
public record EscalationResolved(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String escalationId,
        String kind,
        String resolvedBy,
        Instant resolvedAt,
        String note) {

    public static final String TYPE = "transaction.escalation-resolved";
    public static final int VERSION = 1;
}
