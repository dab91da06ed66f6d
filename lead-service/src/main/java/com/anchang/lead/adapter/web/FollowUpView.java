package com.anchang.lead.adapter.web;

import com.anchang.lead.application.LoggingFollowUp;
import com.anchang.lead.domain.FollowUp;
import java.time.Instant;
import java.time.LocalDate;

/** A follow-up just appended (LEAD-4) and the lead's countdown after it (LEAD-3). */
public record FollowUpView(String leadId, FollowUpEntry followUp, LeadView.ProtectionView protection) {

    /** One entry of a lead's page. */
    public record FollowUpEntry(String followUpId, Instant at, String loggedBy, FollowUp.Channel channel,
            boolean effective, String note, String corrects, boolean countedForProtection, LocalDate protectedUntil) {

        static FollowUpEntry of(FollowUp f) {
            return new FollowUpEntry(f.id(), f.at(), f.loggedBy(), f.channel(), f.effective(), f.note(), f.corrects(),
                    f.countedForProtection(), f.protectedUntil());
        }
    }

    static FollowUpView of(LoggingFollowUp.Logged logged) {
        return new FollowUpView(logged.lead().id(), FollowUpEntry.of(logged.followUp()),
                LeadView.ProtectionView.of(logged.protection()));
    }
}
