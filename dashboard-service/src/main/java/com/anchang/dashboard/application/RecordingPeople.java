package com.anchang.dashboard.application;

import com.anchang.dashboard.application.Breakdowns.Dimension;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.FollowUpMinimum;
import com.anchang.dashboard.domain.LeadLedger;
import com.anchang.dashboard.domain.LeadList;
import com.anchang.dashboard.domain.OfficeZones;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Each consultant's share of the office's figures, for the league tables: receptions, leads, deals and their
 * amounts, effective follow-ups, leads that reached the minimum follow-ups (LEAD-12) and violations (LEAD-9).
 * Once per event id, on the office day.
 */
public class RecordingPeople {

    /** The id under which a lead's reaching its minimum is counted: one per lead, whichever follow-up reached it. */
    static String compliance(String leadId) {
        return "LEAD-12|" + leadId;
    }

    private final Breakdowns breakdowns;
    private final LeadLedger leads;
    private final LeadList leadList;
    private final FollowUpMinimum minimum;
    private final OfficeZones zones;

    public RecordingPeople(Breakdowns breakdowns, LeadLedger leads, LeadList leadList, FollowUpMinimum minimum,
            OfficeZones zones) {
        this.breakdowns = breakdowns;
        this.leads = leads;
        this.leadList = leadList;
        this.minimum = minimum;
        this.zones = zones;
    }

    public void reception(String officeId, String consultantId, LocalDate businessDay, String eventId, boolean phone) {
        breakdowns.recordOn(officeId, Dimension.CONSULTANT, consultantId, businessDay, eventId,
                Figures.one(phone ? Count.CALLS : Count.VISITS));
    }

    /** A lead registered: for its owner, for LEAD-12, and in the office's list of leads with the name masked (LEAD-10). */
    public void leadRegistered(String officeId, String leadId, String ownerConsultantId, String source,
            String customerName, Instant at, String eventId) {
        LocalDate day = zones.dayOf(officeId, at);
        leads.registered(leadId, ownerConsultantId, source, day);
        leadList.registered(officeId, new LeadList.Lead(leadId, day, ownerConsultantId, source,
                LeadList.masked(customerName)));
        breakdowns.recordOn(officeId, Dimension.CONSULTANT, ownerConsultantId, day, eventId, Figures.one(Count.NEW_LEADS));
    }

    /**
     * A follow-up logged: counted for the owner when it is effective, logged by the owner and not a correction
     * (LEAD-12 counts the owner's effective follow-ups); the lead that reaches its minimum with it is counted once,
     * on the day it was registered, for the consultant who owned it then.
     */
    public void followUp(String officeId, String leadId, String followUpId, String ownerConsultantId, String loggedBy,
            boolean effective, String corrects, Instant at, String eventId) {
        if (!effective || corrects != null || ownerConsultantId == null || !ownerConsultantId.equals(loggedBy)) {
            return;
        }
        breakdowns.record(officeId, Dimension.CONSULTANT, ownerConsultantId, at, eventId, Figures.one(Count.FOLLOW_UPS));
        leads.followedUp(leadId, followUpId).filter(minimum::reached).ifPresent(lead -> breakdowns.recordOn(officeId,
                Dimension.CONSULTANT, lead.ownerConsultantId(), lead.day(), compliance(leadId),
                Figures.one(Count.COMPLIANT_LEADS)));
    }

    public void violation(String officeId, String offenderConsultantId, LocalDate day, String eventId) {
        breakdowns.recordOn(officeId, Dimension.CONSULTANT, offenderConsultantId, day, eventId,
                Figures.one(Count.VIOLATIONS));
    }

    /** A deal's figures (subscription, contract, swap, cancellation ...) for its closing consultant. */
    public void deal(String officeId, String consultantId, Instant at, String eventId, Figures figures) {
        if (consultantId != null && !figures.isZero()) {
            breakdowns.record(officeId, Dimension.CONSULTANT, consultantId, at, eventId, figures);
        }
    }
}
