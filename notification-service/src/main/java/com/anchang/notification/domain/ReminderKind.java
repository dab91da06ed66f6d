package com.anchang.notification.domain;

/** What a reminder is about. Mortgage appointments (NOTE-2) and consultants' reminders (NOTE-6) come later. */
public enum ReminderKind {
    /** NOTE-1: the down payment falls due. */
    DOWN_PAYMENT
}
