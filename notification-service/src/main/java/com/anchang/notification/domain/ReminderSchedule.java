package com.anchang.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The reminders of one deal's buyer. Identified by the deal id: one schedule per deal, so a
 * redelivered deposit event finds it and changes nothing. Rescheduling when the due date moves and
 * cancelling with the deal (NOTE-4) come later.
 */
public final class ReminderSchedule {

    private final String dealId;
    private final String developerId;
    private final String officeId;
    private final String unitId;
    private final Recipient recipient;
    private final LocalDate downPaymentDueDate;
    private final Instant plannedAt;
    private final List<Reminder> reminders;
    private final long version;

    /** Rebuilds a reminder schedule from what storage holds; every change after that goes through the rules. */
    public static ReminderSchedule restore(String dealId, String developerId, String officeId, String unitId, Recipient recipient,
            LocalDate downPaymentDueDate, Instant plannedAt, List<Reminder> reminders, long version) {
        return new ReminderSchedule(dealId, developerId, officeId, unitId, recipient, downPaymentDueDate, plannedAt, reminders,
                version);
    }

    private ReminderSchedule(String dealId, String developerId, String officeId, String unitId, Recipient recipient,
            LocalDate downPaymentDueDate, Instant plannedAt, List<Reminder> reminders, long version) {
        this.dealId = Objects.requireNonNull(dealId, "dealId");
        this.developerId = Objects.requireNonNull(developerId, "developerId");
        this.officeId = Objects.requireNonNull(officeId, "officeId");
        this.unitId = unitId;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.downPaymentDueDate = Objects.requireNonNull(downPaymentDueDate, "downPaymentDueDate");
        this.plannedAt = Objects.requireNonNull(plannedAt, "plannedAt");
        this.reminders = List.copyOf(reminders);
        this.version = version;
    }

    /** NOTE-1: plans the down-payment reminders of a deal whose deposit was received, by the buyer's channel (NOTE-3). */
    public static ReminderSchedule forDownPayment(String dealId, String developerId, String officeId, String unitId,
            Recipient recipient, LocalDate dueDate, ReminderPolicy policy, Instant now) {
        List<Reminder> reminders = new DownPaymentReminderPlan(policy).remindersFor(dueDate, recipient.channel(), now);
        return new ReminderSchedule(dealId, developerId, officeId, unitId, recipient, dueDate, now, reminders, 0);
    }

    public String dealId() {
        return dealId;
    }

    public String developerId() {
        return developerId;
    }

    public String officeId() {
        return officeId;
    }

    public String unitId() {
        return unitId;
    }

    public Recipient recipient() {
        return recipient;
    }

    public LocalDate downPaymentDueDate() {
        return downPaymentDueDate;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public List<Reminder> reminders() {
        return reminders;
    }

    public long version() {
        return version;
    }
}
