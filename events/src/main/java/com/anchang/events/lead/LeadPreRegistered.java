package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * LEAD-7: a consultant pre-registered a customer before they came: {@code kind} REFERRAL (referred by
 * the customer of lead {@code referredByLeadId}, e.g. an old buyer) or PROXY_VIEWER (代看房: the
 * principal of someone who viewed for them; {@code referredByLeadId} the viewer's lead, or null). The
 * lead is owned and protected like a registration (published beside its lead.lead-registered v1), so
 * a colleague's later registration of the customer collides with it and loses while it is protected.
 */
public record LeadPreRegistered(
        String leadId,
        String developerId,
        String officeId,
        String ownerConsultantId,
        String kind,
        String referredByLeadId,
        Instant registeredAt,
        LocalDate protectedUntil) {

    public static final String TYPE = "lead.lead-pre-registered";
    public static final int VERSION = 1;
}
