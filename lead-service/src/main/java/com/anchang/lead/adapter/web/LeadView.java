package com.anchang.lead.adapter.web;

import com.anchang.lead.application.LeadReading;
import com.anchang.lead.domain.ContactDetails;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A lead as the caller may see it (LEAD-10): {@code mobile} is the full number (11 digits) for the
 * lead's owner, a PM of its office and head office, each such answer audited; everybody else gets
 * the masked phone (138****5678). {@code contactDetails} says which.
 */
public record LeadView(String leadId, String developerId, String officeId, String ownerConsultantId,
        String customerName, String mobile, ContactDetails contactDetails, LeadSource source, NeedsView needs,
        Instant registeredAt, LocalDate protectedUntil) {

    public record NeedsView(BigDecimal budget, String layout, BigDecimal area) {
    }

    static LeadView of(LeadReading reading) {
        Lead lead = reading.lead();
        var needs = lead.needs();
        return new LeadView(lead.id(), lead.developerId(), lead.officeId(), lead.ownerConsultantId(),
                lead.customerName(), reading.shownMobile(), reading.contactDetails(), lead.source(),
                new NeedsView(needs.budget(), needs.layout(), needs.area()), lead.registeredAt(), lead.protectedUntil());
    }
}
