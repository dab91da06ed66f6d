package com.anchang.lead.application;

import com.anchang.lead.domain.LeadAuditEntry;
import com.anchang.lead.domain.LeadAuditLog;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.LocalDate;
import java.util.List;

/**
 * LEAD-10: who was shown full contact details of an office's leads on one day, for the office's PM
 * and head office. The log read is the caller's own developer's, so another developer's staff never
 * read this developer's entries.
 */
public class ReadingLeadAudit {

    /** @param day a calendar day of the office, or null for today there */
    public record ReadAudit(String officeId, LocalDate day) {
    }

    private final LeadAuditLog audit;
    private final OfficeCalendar calendar;
    private final OfficeDirectory offices;

    public ReadingLeadAudit(LeadAuditLog audit, OfficeCalendar calendar, OfficeDirectory offices) {
        this.offices = offices;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The day's entries, newest first. */
    public List<LeadAuditEntry> read(Caller caller, ReadAudit query) {
        offices.mustSeeOffice(caller, query.officeId());
        caller.mustHold(query.officeId(), "read the lead audit", Caller.PM, Caller.HEAD_OFFICE);
        LocalDate day = query.day() == null ? calendar.today(query.officeId()) : query.day();
        return audit.read(caller.developerId(), query.officeId(), day).reversed();
    }
}
