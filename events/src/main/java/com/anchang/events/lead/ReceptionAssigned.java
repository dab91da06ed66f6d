package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visitor (walk-in) or a call (phone) was given to a consultant by the office's rotation, and by
 * which rule: ROT-3 (head of the queue), ROT-7 (handed to the consultant who already owns the
 * visitor), ROT-10 (a call not answered in the window, taken by anyone on duty). Attribution needs
 * who received the customer first (LEAD-2). Key: the office's rotation of the day ({@code officeId:businessDay}).
 *
 * @param queue WALK_IN or PHONE
 * @param round the round of that queue the reception was taken in
 * @param source the visitor's or caller's source or media, if known (ROT-11)
 */
public record ReceptionAssigned(
        String assignmentId,
        String developerId,
        String officeId,
        LocalDate businessDay,
        String consultantId,
        String queue,
        String rule,
        Integer round,
        Instant assignedAt,
        String source) {

    public static final String TYPE = "lead.reception-assigned";
    public static final int VERSION = 1;
}
