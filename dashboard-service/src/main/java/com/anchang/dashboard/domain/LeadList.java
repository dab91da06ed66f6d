package com.anchang.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The leads behind an office's new-leads figure, by month of registration: enough to drill down (who owns it,
 * from which source, on which day) with the customer's name masked (LEAD-10: only the owner sees a customer's
 * details; the dashboards are read by PMs and head office). No contact details are kept.
 */
public interface LeadList {

    void registered(String officeId, Lead lead);

    /** The office's leads registered in the period, by day then id. */
    List<Lead> of(String officeId, Period period);

    /** @param customer the customer's name masked: its first character, the rest as stars */
    record Lead(String leadId, LocalDate day, String ownerConsultantId, String source, String customer) {
    }

    /** LEAD-10: a name as others than its owner see it — the first character, then a star for each other one. */
    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(trimmed.codePointCount(first, trimmed.length()));
    }
}
