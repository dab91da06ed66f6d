package com.anchang.notification.domain;

/**
 * Where a reminder stands (NOTE-4: never sent twice, never lost).
 * <pre>
 * PLANNED ─claim─▶ CLAIMED ─accepted─▶ SENT ─receipt─▶ DELIVERED
 *    ▲               │  │                 │ └─receipt─▶ FAILED ─(another channel left)─▶ CLAIMED ...
 *    └──retry later──┘  └─every channel failed─▶ UNDELIVERABLE      └─no receipt in time─▶ UNANSWERED
 * PLANNED / CLAIMED / FAILED ─cancel─▶ CANCELLED;  planned too late ─▶ SKIPPED
 * </pre>
 * A CLAIMED reminder whose lease lapsed (its instance died) is claimed again by another instance,
 * which finishes it with the same idempotency reference.
 */
public enum ReminderStatus {
    /** Will be sent at its time (or, after a retryable failure, not before its next attempt). */
    PLANNED,
    /** Not planned: its time had already passed when it was planned; the reason says when. */
    SKIPPED,
    /** One instance holds it under a lease while it sends. */
    CLAIMED,
    /** A provider accepted it; its receipt is awaited. */
    SENT,
    /** The provider's receipt says the buyer received it. */
    DELIVERED,
    /** The provider's receipt says it did not arrive; another channel is tried if one is left. */
    FAILED,
    /** Every channel the buyer can be reached by failed: escalated to the PM (NOTE-5). */
    UNDELIVERABLE,
    /** Sent, but no receipt came in time: escalated to the PM (NOTE-5). */
    UNANSWERED,
    /** Withdrawn before it was sent (the due date moved, the deal was cancelled). */
    CANCELLED;

    /** Nothing more will happen to it. */
    public boolean settled() {
        return this == SKIPPED || this == DELIVERED || this == UNDELIVERABLE || this == UNANSWERED || this == CANCELLED;
    }
}
