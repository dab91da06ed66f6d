package com.anchang.lead.domain.rotation;

/** Where one reception stands. */
public enum AssignmentStatus {
    /** The consultant is with the visitor or on the call. */
    SERVING,
    /** The reception is over. */
    FINISHED,
    /** ROT-7: handed to the consultant who already owns the visitor. */
    HANDED_OVER
}
