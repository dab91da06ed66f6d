package com.anchang.notification.domain;

/** What happened to a reminder that others must know; the messaging adapter turns these into contract events. */
public sealed interface ReminderEvent {

    ReminderSchedule schedule();

    Reminder reminder();

    /** NOTE-5: every channel failed; for the PM's escalation list. */
    record Undeliverable(ReminderSchedule schedule, Reminder reminder) implements ReminderEvent {
    }

    /** NOTE-5: no delivery receipt in time; for the PM's escalation list. */
    record Unanswered(ReminderSchedule schedule, Reminder reminder) implements ReminderEvent {
    }
}
