package com.anchang.lead.domain.rotation;

import java.time.Instant;
import java.util.List;

/**
 * ROT-10: a call ringing, offered to the head of the phone queue alone until {@code openAt} (the
 * office's answer window after it was offered); from then on anyone on duty and free may take it.
 *
 * @param why who the call was offered to and who was passed over, as for an assignment
 * @param snapshot the phone queue's round as it stood when the call was offered
 */
public record CallOffer(String id, String offeredTo, Instant offeredAt, Instant openAt, int round, String why,
        List<QueueEntry> snapshot, String source) {

    public CallOffer {
        snapshot = List.copyOf(snapshot);
    }
}
