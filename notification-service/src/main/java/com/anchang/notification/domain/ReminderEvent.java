package com.anchang.notification.domain;

/** What happened to a reminder that others must know; the messaging adapter turns these into contract events. */
public sealed interface ReminderEvent {

    ReminderSchedule schedule();

    Reminder reminder();

    /** NOTE-5: every channel failed; for the PM's escalation list. */
    record Undeliverable(ReminderSchedule schedule, Reminder reminder) implements ReminderEvent {
    }

    /**
     * A step of a reminder's delivery others count (the dashboards): planned (told with the time it is to go),
     * sent by a provider, delivered by the receipt, cancelled by a re-plan (NOTE-4: told with when they happened).
     */
    record Progressed(ReminderSchedule schedule, Reminder reminder, ReminderStatus status, java.time.Instant at)
            implements ReminderEvent {
    }

    /** NOTE-5: no delivery receipt in time; for the PM's escalation list. */
    record Unanswered(ReminderSchedule schedule, Reminder reminder) implements ReminderEvent {
    }
}
