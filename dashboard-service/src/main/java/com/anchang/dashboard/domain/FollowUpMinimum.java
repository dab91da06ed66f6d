package com.anchang.dashboard.domain;

/** LEAD-12: the minimum follow-ups on a lead (office policy, default 2 for phone leads, 3 for visit leads). */
public record FollowUpMinimum(int phoneLeads, int visitLeads) {

    public static final FollowUpMinimum DEFAULTS = new FollowUpMinimum(2, 3);

    /** Phone leads need the phone minimum, every other source (a visit) the visit one. */
    public int required(String source) {
        return "PHONE".equals(source) ? phoneLeads : visitLeads;
    }

    public boolean reached(LeadLedger.TrackedLead lead) {
        return lead.followUps() >= required(lead.source());
    }
}
