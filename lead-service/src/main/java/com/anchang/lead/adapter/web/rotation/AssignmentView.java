package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.AssignmentStatus;
import com.anchang.lead.domain.rotation.CoverKind;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One reception and why this consultant got it: the rule and the queue as it stood (the snapshot). */
public record AssignmentView(
        String assignmentId,
        String officeId,
        LocalDate businessDay,
        Queue queue,
        String consultant,
        int round,
        String rule,
        String why,
        Instant assignedAt,
        List<EntryView> snapshot,
        AssignmentStatus status,
        String turn,
        String handedTo,
        CoverKind cover,
        String source,
        String outcome,
        Instant endedAt) {

    public static AssignmentView of(ReceptionDay day, Assignment a) {
        return new AssignmentView(a.id(), day.officeId(), day.businessDay(), a.queue(), a.consultantId(), a.round(),
                a.rule().id(), a.why(), a.assignedAt(), EntryView.of(a.snapshot()), a.status(), idOf(a.turn()),
                a.handedTo(), a.cover(), a.source(), a.outcome(), a.endedAt());
    }

    /** The rule as the API names it (e.g. "ROT-9"), null for none. */
    static String idOf(LeadRule rule) {
        return rule == null ? null : rule.id();
    }
}
