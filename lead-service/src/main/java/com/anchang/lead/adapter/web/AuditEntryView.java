package com.anchang.lead.adapter.web;

import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadAuditEntry;
import java.time.Instant;

/** One LEAD-10 audit entry: who was shown a lead's full contact details, when, and why. */
public record AuditEntryView(String entryId, Instant at, LeadAuditAction action, String userId, String username,
        String leadId, String developerId, String officeId, String detail) {

    static AuditEntryView of(LeadAuditEntry e) {
        return new AuditEntryView(e.id(), e.at(), e.action(), e.userId(), e.username(), e.leadId(), e.developerId(),
                e.officeId(), e.detail());
    }
}
