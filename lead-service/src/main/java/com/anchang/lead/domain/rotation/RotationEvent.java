package com.anchang.lead.domain.rotation;

import java.time.Instant;

/** What a change of an office's rotation tells other services. */
public sealed interface RotationEvent {

    /** ROT-1/2: a certified consultant checked in and joined both queues. */
    record CheckedIn(String developerId, String officeId, java.time.LocalDate businessDay, Duty duty)
            implements RotationEvent {
    }

    /** A consultant left duty, by themself or by the PM (with a reason). */
    record CheckedOut(String developerId, String officeId, java.time.LocalDate businessDay, String consultantId,
            Instant at, String byUserId, String reason) implements RotationEvent {
    }

    /** A visitor or call was given to a consultant (ROT-3, ROT-7, ROT-10). */
    record Assigned(String developerId, String officeId, java.time.LocalDate businessDay, Assignment assignment)
            implements RotationEvent {
    }

    /**
     * ROT-10 + LEAD-9: the call was taken back by the consultant who had declined it while it was theirs;
     * its violation is published with the take itself, so it is never lost between two writes.
     */
    record CallGrabbed(com.anchang.lead.domain.Violation violation) implements RotationEvent {
    }
}
