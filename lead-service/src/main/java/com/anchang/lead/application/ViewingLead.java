package com.anchang.lead.application;

import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;

/**
 * Reads of one lead: anyone with a role at the lead's office, or head office of its developer, may
 * read it (another developer's or office's lead answers 404); the contact details are full or masked
 * by LEAD-10, and a full answer is audited.
 */
public class ViewingLead {

    private final LeadRepository leads;
    private final Disclosures disclosures;

    public ViewingLead(LeadRepository leads, Disclosures disclosures) {
        this.leads = leads;
        this.disclosures = disclosures;
    }

    public LeadReading lead(Caller caller, String leadId) {
        var lead = leads.find(leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
        caller.mustSee(lead.developerId(), lead.officeId(), "lead", leadId);
        return disclosures.answer(lead, caller, LeadAuditAction.LEAD_FULL_DETAILS_READ);
    }
}
