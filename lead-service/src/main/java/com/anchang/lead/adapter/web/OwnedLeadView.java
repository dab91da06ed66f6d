package com.anchang.lead.adapter.web;

import com.anchang.lead.application.LeadReading;
import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.LeadStage;
import java.time.Instant;
import java.util.List;

/**
 * One line of "my customers": who, the countdown (LEAD-3), the stage and the last follow-up; the phone masked
 * (138****5678, LEAD-10) — the lead's own page shows it in full to whom it may. {@code bought} for a customer
 * who contracted (LEAD-7).
 */
public record OwnedLeadView(String leadId, String officeId, String customerName, String mobile, LeadSource source,
        LeadStage stage, Instant registeredAt, Instant ownedSince, LeadView.ProtectionView protection,
        Instant lastFollowUpAt, int followUps, boolean bought) {

    static OwnedLeadView of(LeadReading reading) {
        Lead lead = reading.lead();
        List<FollowUp> page = lead.followUps();
        return new OwnedLeadView(lead.id(), lead.officeId(), lead.customerName(), reading.shownMobile(), lead.source(),
                lead.stage(), lead.registeredAt(), lead.ownedSince(), LeadView.ProtectionView.of(reading.protection()),
                page.isEmpty() ? null : page.getLast().at(), page.size(), lead.retired());
    }
}
