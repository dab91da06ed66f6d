package com.anchang.lead.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the append-only audit of full contact-detail disclosures (LEAD-10), kept per developer,
 * office and calendar day of the office.
 */
public interface LeadAuditLog {

    /** Appends the entry to the log of its developer and office on {@code officeDay}. */
    void append(LeadAuditEntry entry, LocalDate officeDay);

    /** The entries of one developer's office on one of its days, in the order they were appended. */
    List<LeadAuditEntry> read(String developerId, String officeId, LocalDate officeDay);
}
