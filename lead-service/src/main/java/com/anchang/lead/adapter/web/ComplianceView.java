package com.anchang.lead.adapter.web;

import com.anchang.lead.domain.FollowUpMinimums;
import java.util.List;

/**
 * LEAD-12: an office's minimum follow-ups and, per consultant owning leads there, how many of their
 * phone and visit leads have at least that many of the owner's effective follow-ups.
 */
public record ComplianceView(String officeId, int minFollowUpsPhone, int minFollowUpsVisit,
        List<FollowUpMinimums.Figure> consultants) {
}
