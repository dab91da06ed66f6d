package com.anchang.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The reminders of one deal's buyer. Identified by the deal id: one schedule per deal, so a
 * redelivered deposit event finds it and changes nothing. Each delivery step of one of its reminders
 * (claim, sent, retry, receipt, undeliverable, unanswered: see {@link Reminder}) is one change of the
 * schedule, written as one compare-and-set on its version with the events it causes (NOTE-4, NOTE-5).
 * Rescheduling when the due date moves and cancelling with the deal come with the planning from deal events.
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

    public Optional<Reminder> reminder(String reminderId) {
        return reminders.stream().filter(r -> r.id().equals(reminderId)).findFirst();
    }

    /** A change of the schedule and the events it causes, written together. */
    public record Change(ReminderSchedule schedule, List<ReminderEvent> events) {

        public Reminder reminder(String reminderId) {
            return schedule.reminder(reminderId).orElseThrow();
        }
    }

    /** Applies one transition of a reminder; the events are those it causes (escalations, NOTE-5). */
    public Change change(String reminderId, UnaryOperator<Reminder> transition) {
        List<Reminder> changed = new ArrayList<>(reminders.size());
        Reminder after = null;
        for (Reminder r : reminders) {
            if (r.id().equals(reminderId)) {
                after = Objects.requireNonNull(transition.apply(r), "transition");
                changed.add(after);
            } else {
                changed.add(r);
            }
        }
        if (after == null) {
            throw new IllegalArgumentException("deal " + dealId + " has no reminder " + reminderId);
        }
        ReminderSchedule schedule = new ReminderSchedule(dealId, developerId, officeId, unitId, recipient,
                downPaymentDueDate, plannedAt, changed, version);
        Reminder before = reminder(reminderId).orElseThrow();
        List<ReminderEvent> events = List.of();
        if (before.status() != after.status()) {
            if (after.status() == ReminderStatus.UNDELIVERABLE) {
                events = List.of(new ReminderEvent.Undeliverable(schedule, after));
            } else if (after.status() == ReminderStatus.UNANSWERED) {
                events = List.of(new ReminderEvent.Unanswered(schedule, after));
            }
        }
        return new Change(schedule, events);
    }

    /**
     * NOTE-3: the buyer chose how to be reached (preferred channel, WeChat open id, opted-out channels);
     * every reminder not sent yet goes by that choice.
     */
    public ReminderSchedule buyerChose(Channel preferred, String wechatOpenId, Set<Channel> optedOut) {
        Recipient chosen = recipient.choosing(preferred, wechatOpenId, optedOut);
        List<Reminder> updated = reminders.stream().map(r -> r.status() == ReminderStatus.PLANNED
                ? new Reminder(r.id(), r.kind(), r.daysBefore(), r.dueAt(), chosen.channel(), r.status(), r.skipReason(),
                        r.delivery())
                : r).toList();
        return new ReminderSchedule(dealId, developerId, officeId, unitId, chosen, downPaymentDueDate, plannedAt, updated,
                version);
    }
}
