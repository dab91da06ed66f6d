package com.anchang.lead.adapter.web;

import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.Protection;
import java.time.Instant;

/** A lead's ownership and stage after a PM's or owner's change (no contact details: LEAD-10). */
public record LeadStateView(String leadId, String officeId, String ownerConsultantId, Instant ownedSince,
        LeadStage stage, LeadView.ProtectionView protection) {

    static LeadStateView of(Lead lead, Protection protection) {
        return new LeadStateView(lead.id(), lead.officeId(), lead.ownerConsultantId(), lead.ownedSince(), lead.stage(),
                LeadView.ProtectionView.of(protection));
    }
}
