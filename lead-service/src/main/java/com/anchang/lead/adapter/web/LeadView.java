package com.anchang.lead.adapter.web;

import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A lead as anyone in the office may see it: the mobile is masked (LEAD-10, 138****5678). Full
 * contact details, for the owner only and audited, come with the identity of the caller.
 */
public record LeadView(String leadId, String developerId, String officeId, String ownerConsultantId,
        String customerName, String mobile, LeadSource source, NeedsView needs, Instant registeredAt,
        LocalDate protectedUntil) {

    public record NeedsView(BigDecimal budget, String layout, BigDecimal area) {
    }

    static LeadView of(Lead lead) {
        var needs = lead.needs();
        return new LeadView(lead.id(), lead.developerId(), lead.officeId(), lead.ownerConsultantId(),
                lead.customerName(), lead.mobile().masked(), lead.source(),
                new NeedsView(needs.budget(), needs.layout(), needs.area()), lead.registeredAt(), lead.protectedUntil());
    }
}
