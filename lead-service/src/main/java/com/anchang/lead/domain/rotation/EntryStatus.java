package com.anchang.lead.domain.rotation;

/** A consultant's place in a queue at the moment a decision was taken. */
public enum EntryStatus {
    /** Free; the first available one in the round's order receives (ROT-3). */
    AVAILABLE,
    /** Serving a visitor or a call: not offered another (ROT-3). */
    SERVING,
    /** Unavailable for an objective reason: skipped, keeps the place in the round (ROT-5). */
    UNAVAILABLE,
    /** Away from the post: moved to the end of the round (ROT-6). */
    AWAY,
    /** Declined for a personal reason: out of this round (ROT-4). */
    DECLINED,
    /** Already received in this round (ROT-9). */
    TURN_USED
}
