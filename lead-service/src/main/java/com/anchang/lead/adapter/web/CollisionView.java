package com.anchang.lead.adapter.web;

import com.anchang.lead.domain.Collision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A collision (LEAD-5) for the PM: the two consultants, the rule's decision, the evidence timeline,
 * and the resolution once the PM named the follower. {@code overdue}: still open after the day it was
 * found (it must be resolved that day).
 */
public record CollisionView(String collisionId, String leadId, String developerId, String officeId,
        String ownerConsultantId, String challengerConsultantId, Instant foundAt, LocalDate foundOn,
        LocalDate ownerProtectedUntil, Collision.Status status, boolean overdue, Collision.Decision decision,
        Collision.Resolution resolution, List<Collision.Evidence> timeline) {

    static CollisionView of(Collision c, LocalDate today) {
        return new CollisionView(c.id(), c.leadId(), c.developerId(), c.officeId(), c.ownerConsultantId(),
                c.challengerConsultantId(), c.foundAt(), c.foundOn(), c.ownerProtectedUntil(), c.status(),
                c.overdue(today), c.decision(), c.resolution(), c.timeline());
    }
}
