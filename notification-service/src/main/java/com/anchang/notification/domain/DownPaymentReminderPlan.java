package com.anchang.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * NOTE-1: the buyer is reminded of the down payment a number of days before its due date (office
 * policy, default 5 and 2), each at the office's send time in the office's zone. A reminder whose
 * time has already passed when it is planned is not planned but SKIPPED, saying why, so that nobody
 * believes it will still go out.
 */
public final class DownPaymentReminderPlan {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReminderPolicy policy;

    public DownPaymentReminderPlan(ReminderPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param dueDate the day the down payment falls due (a calendar day at the office)
     * @param channel how the buyer is reached
     * @param now when the plan is made
     * @return one reminder per policy day, earliest first
     */
    public List<Reminder> remindersFor(LocalDate dueDate, Channel channel, Instant now) {
        Objects.requireNonNull(dueDate, "dueDate");
        return policy.downPaymentDaysBefore().stream().map(days -> {
            ZonedDateTime at = dueDate.minusDays(days).atTime(policy.sendTime()).atZone(policy.zone());
            Instant dueAt = at.toInstant();
            if (dueAt.isAfter(now)) {
                return new Reminder(ReminderKind.DOWN_PAYMENT, days, dueAt, channel, ReminderStatus.PLANNED, null);
            }
            return new Reminder(ReminderKind.DOWN_PAYMENT, days, dueAt, channel, ReminderStatus.SKIPPED,
                    "its time " + LOCAL.format(at) + " " + policy.zone() + " had passed when it was planned at "
                            + LOCAL.format(now.atZone(policy.zone())));
        }).toList();
    }
}
