package com.anchang.lead.domain.rotation;

import java.time.Instant;

/**
 * One consultant's duty on the day (ROT-1/2): when they checked in (the order of both queues),
 * whether they are still on duty, unavailable for an objective reason (ROT-5), away from the post
 * (ROT-6), and the assignment they are serving (ROT-3), if any.
 *
 * @param position the check-in order of the day, 1 for the first arrival (ROT-2)
 */
public record Duty(
        String consultantId,
        int position,
        Instant checkedInAt,
        boolean onDuty,
        String unavailableReason,
        boolean away,
        String servingAssignmentId) {

    public boolean unavailable() {
        return unavailableReason != null;
    }

    public boolean serving() {
        return servingAssignmentId != null;
    }

    /** On duty and free to be offered a visitor or a call. */
    public boolean available() {
        return onDuty && !unavailable() && !away && !serving();
    }

    /** What a queue sees of this consultant now. */
    public EntryStatus status() {
        if (serving()) {
            return EntryStatus.SERVING;
        }
        if (unavailable()) {
            return EntryStatus.UNAVAILABLE;
        }
        if (away) {
            return EntryStatus.AWAY;
        }
        return EntryStatus.AVAILABLE;
    }

    Duty serving(String assignmentId) {
        return new Duty(consultantId, position, checkedInAt, onDuty, unavailableReason, false, assignmentId);
    }

    Duty unavailable(String reason) {
        return new Duty(consultantId, position, checkedInAt, onDuty, reason, away, servingAssignmentId);
    }

    Duty away(boolean away) {
        return new Duty(consultantId, position, checkedInAt, onDuty, unavailableReason, away, servingAssignmentId);
    }

    Duty offDuty() {
        return new Duty(consultantId, position, checkedInAt, false, null, false, null);
    }
}
