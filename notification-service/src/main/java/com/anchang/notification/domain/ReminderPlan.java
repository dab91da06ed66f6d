package com.anchang.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * NOTE-1, NOTE-2: the buyer is reminded a number of days before the down payment's due date (office
 * policy, default 5 and 2) or the mortgage appointment (default 7, 3 and 1), each at the office's send
 * time in the office's zone; an SMS that would fall in the office's quiet hours goes at their end
 * (NOTE-4). A reminder whose time has already passed when it is planned (a plan made late) is not
 * planned but SKIPPED, saying why, so that nobody believes it will still go out; the later ones still go.
 */
public final class ReminderPlan {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReminderPolicy policy;

    public ReminderPlan(ReminderPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param kind what the reminders are about
     * @param date the office's calendar day of the due date or appointment
     * @param channel how the buyer is reached
     * @param now when the plan is made
     * @return one reminder per policy day, earliest first
     */
    public List<Reminder> remindersFor(ReminderKind kind, LocalDate date, Channel channel, Instant now) {
        return remindersFor(kind, date, channel, now, null);
    }

    /**
     * As {@link #remindersFor(ReminderKind, LocalDate, Channel, Instant)}, each reminder saying which of the deal's
     * dates of its kind it is {@code about} (an instalment's due date).
     */
    public List<Reminder> remindersFor(ReminderKind kind, LocalDate date, Channel channel, Instant now, LocalDate about) {
        Objects.requireNonNull(date, "date");
        return policy.daysBefore(kind).stream().map(days -> {
            ZonedDateTime at = date.minusDays(days).atTime(policy.sendTime()).atZone(policy.zone());
            if (channel == Channel.SMS) {
                at = policy.allowedSms(at);
            }
            Instant dueAt = at.toInstant();
            if (dueAt.isAfter(now)) {
                return new Reminder(kind, days, dueAt, channel, ReminderStatus.PLANNED, null, about);
            }
            return new Reminder(kind, days, dueAt, channel, ReminderStatus.SKIPPED,
                    "its time " + LOCAL.format(at) + " " + policy.zone() + " had passed when it was planned at "
                            + LOCAL.format(now.atZone(policy.zone())), about);
        }).toList();
    }

    /** NOTE-1: the down-payment reminders. */
    public List<Reminder> remindersFor(LocalDate dueDate, Channel channel, Instant now) {
        return remindersFor(ReminderKind.DOWN_PAYMENT, dueDate, channel, now);
    }
}
