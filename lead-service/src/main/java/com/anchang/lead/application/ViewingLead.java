package com.anchang.lead.application;

import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.support.problem.NotFoundException;

/** Reads of leads. */
public class ViewingLead {

    private final LeadRepository leads;

    public ViewingLead(LeadRepository leads) {
        this.leads = leads;
    }

    public Lead lead(String leadId) {
        return leads.find(leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
    }
}
