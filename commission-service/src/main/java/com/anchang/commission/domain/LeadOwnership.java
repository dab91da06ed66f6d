package com.anchang.commission.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * commission-service's own copy of who owns a lead (LEAD-2) and its protection window at
 * registration (LEAD-3), kept from lead-service's events so that a deal can be credited (COMM-1)
 * without asking lead-service while a user waits.
 */
public record LeadOwnership(String leadId, String developerId, String officeId, String ownerConsultantId,
        Instant registeredAt, LocalDate protectedUntil) {

    public LeadOwnership {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(ownerConsultantId, "ownerConsultantId");
    }
}
