package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consultant registered a customer (LEAD-1) and owns the lead (LEAD-2). Carries the protection
 * window as it stood at registration, which attribution of a later deal needs (COMM-1/2).
 */
public record LeadRegistered(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String customerName,
        String source,
        Instant registeredAt,
        LocalDate protectedUntil) {

    public static final String TYPE = "lead.lead-registered";
    public static final int VERSION = 1;
}
