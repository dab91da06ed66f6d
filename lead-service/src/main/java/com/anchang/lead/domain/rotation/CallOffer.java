package com.anchang.lead.domain.rotation;

import java.time.Instant;
import java.util.List;

/**
 * ROT-10: a call ringing, offered to the head of the phone queue alone until {@code openAt} (the
 * office's answer window after it was offered); from then on anyone on duty and free may take it.
 *
 * @param why who the call was offered to and who was passed over, as for an assignment
 * @param snapshot the phone queue's round as it stood when the call was offered
 * @param declinedAt when the one it was offered to declined their phone turn while it rang (ROT-4), or null
 */
public record CallOffer(String id, String offeredTo, Instant offeredAt, Instant openAt, int round, String why,
        List<QueueEntry> snapshot, String source, Instant declinedAt) {

    public CallOffer {
        snapshot = List.copyOf(snapshot);
    }

    public CallOffer(String id, String offeredTo, Instant offeredAt, Instant openAt, int round, String why,
            List<QueueEntry> snapshot, String source) {
        this(id, offeredTo, offeredAt, openAt, round, why, snapshot, source, null);
    }

    /** ROT-4 while the call rings for them: the one it was offered to declined it. */
    public CallOffer declined(Instant at) {
        return new CallOffer(id, offeredTo, offeredAt, openAt, round, why, snapshot, source,
                declinedAt == null ? at : declinedAt);
    }

    /**
     * ROT-10 + LEAD-9: whether {@code consultantId} taking this call at {@code at} is grabbing: they declined
     * it while it was theirs and fight for it once it is open to anyone (after the answer window).
     */
    public boolean grabbedBy(String consultantId, Instant at) {
        return declinedAt != null && consultantId.equals(offeredTo) && !at.isBefore(openAt);
    }
}
