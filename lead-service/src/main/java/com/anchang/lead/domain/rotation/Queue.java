package com.anchang.lead.domain.rotation;

/** ROT-1: the two queues of an office's day. */
public enum Queue {
    /** Visitors at the door (接访). */
    WALK_IN,
    /** Calls on the hotline (接电). */
    PHONE
}
