package com.anchang.lead.application;

import com.anchang.lead.domain.ContactDetails;
import com.anchang.lead.domain.ContactDetailsPolicy;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadAuditEntry;
import com.anchang.lead.domain.LeadAuditLog;
import com.anchang.support.security.Caller;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LEAD-10 for every answer that carries a lead: decides, by {@link ContactDetailsPolicy}, whether the
 * caller is shown the full contact details, and if so appends the disclosure to the audit log (in the
 * bucket of the lead's office and its calendar day, stamped by the injected clock) before the answer
 * leaves: no full mobile without its audit entry.
 */
public class Disclosures {

    private final LeadAuditLog audit;
    private final OfficeCalendar calendar;

    public Disclosures(LeadAuditLog audit, OfficeCalendar calendar) {
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The lead as this caller may read it; a full answer is audited under {@code action}. */
    public LeadReading answer(Lead lead, Caller caller, LeadAuditAction action) {
        ContactDetails details = ContactDetailsPolicy.shownTo(lead, viewer(caller));
        Instant now = calendar.now();
        if (details == ContactDetails.FULL) {
            audit.append(LeadAuditEntry.of(now, action, caller.userId(), caller.username(), lead),
                    calendar.day(lead.officeId(), now));
        }
        return new LeadReading(lead, details, lead.protection(now, calendar.policy(lead.officeId())));
    }

    /** The caller in the plain values of the domain's policy. */
    static ContactDetailsPolicy.Viewer viewer(Caller caller) {
        Set<String> managed = caller.officeRoles().entrySet().stream()
                .filter(office -> office.getValue().contains(Caller.PM))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new ContactDetailsPolicy.Viewer(caller.userId(), caller.developerId(), managed, caller.headOffice());
    }
}
