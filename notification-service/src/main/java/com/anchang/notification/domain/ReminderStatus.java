package com.anchang.notification.domain;

/** Where a reminder stands. Sending (and its outcomes) comes in a later issue. */
public enum ReminderStatus {
    /** Will be sent at its time. */
    PLANNED,
    /** Not planned: its time had already passed when it was planned; the reason says when. */
    SKIPPED
}
