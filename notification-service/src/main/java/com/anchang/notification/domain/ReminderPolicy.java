package com.anchang.notification.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Office policy for reminders to buyers (RULES, office policy): how many days before the down
 * payment's due date to remind (NOTE-1, default 5 and 2) and before the mortgage appointment (NOTE-2,
 * default 7, 3 and 1), at what local time, in which zone (default 10:00 Asia/Shanghai), and the quiet
 * hours in which no SMS goes out (default 21:00-08:00; none when null), and how its reminders read.
 * A cash buyer's instalments (分期付款) are reminded like the down payment unless the office says otherwise.
 * Never constants: offices set them.
 */
public record ReminderPolicy(List<Integer> downPaymentDaysBefore, List<Integer> mortgageDaysBefore, LocalTime sendTime,
        ZoneId zone, QuietHours quietHours, OfficeTexts texts, List<Integer> instalmentDaysBefore) {

    public ReminderPolicy {
        Objects.requireNonNull(sendTime, "sendTime");
        Objects.requireNonNull(zone, "zone");
        texts = texts == null ? OfficeTexts.NONE : texts;
        downPaymentDaysBefore = daysBefore("down payment's due date", downPaymentDaysBefore);
        mortgageDaysBefore = daysBefore("mortgage appointment", mortgageDaysBefore);
        instalmentDaysBefore = instalmentDaysBefore == null ? downPaymentDaysBefore
                : daysBefore("instalment's due date", instalmentDaysBefore);
    }

    /** The instalments reminded on the down payment's days. */
    public ReminderPolicy(List<Integer> downPaymentDaysBefore, List<Integer> mortgageDaysBefore, LocalTime sendTime,
            ZoneId zone, QuietHours quietHours, OfficeTexts texts) {
        this(downPaymentDaysBefore, mortgageDaysBefore, sendTime, zone, quietHours, texts, null);
    }

    /** The days before {@code kind}'s date to remind, earliest reminder first. */
    public List<Integer> daysBefore(ReminderKind kind) {
        return switch (kind) {
            case DOWN_PAYMENT -> downPaymentDaysBefore;
            case MORTGAGE -> mortgageDaysBefore;
            case INSTALMENT -> instalmentDaysBefore;
            case FOLLOW_UP_DUE, PROTECTION_LAPSING, COLLISION_WAITING, CLAIM_WAITING -> throw new IllegalArgumentException(
                    "a consultant's reminder goes when lead-service tells it is due, not days before a date: " + kind);
        };
    }

    /** The time an SMS planned for {@code at} may go out: {@code at}, or the end of the quiet hours it falls in. */
    public ZonedDateTime allowedSms(ZonedDateTime at) {
        return quietHours == null ? at : quietHours.nextAllowed(at);
    }

    private static List<Integer> daysBefore(String what, List<Integer> days) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("reminders need at least one day before the " + what);
        }
        if (days.stream().anyMatch(d -> d == null || d < 1)) {
            throw new IllegalArgumentException("days before the " + what + " must be 1 or more: " + days);
        }
        if (new HashSet<>(days).size() != days.size()) {
            throw new IllegalArgumentException("days before the " + what + " repeat: " + days);
        }
        return days.stream().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * Local hours without SMS, from {@code from} (inclusive) to {@code to} (exclusive), across midnight when
     * {@code from} is after {@code to} (21:00-08:00).
     */
    public record QuietHours(LocalTime from, LocalTime to) {

        public QuietHours {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.equals(to)) {
                throw new IllegalArgumentException("quiet hours from " + from + " to " + to + " are empty or the whole day");
            }
        }

        public boolean contains(LocalTime time) {
            return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to)
                    : !time.isBefore(from) || time.isBefore(to);
        }

        /** {@code at} if outside the quiet hours, else their end (the next morning for an evening time). */
        public ZonedDateTime nextAllowed(ZonedDateTime at) {
            if (!contains(at.toLocalTime())) {
                return at;
            }
            ZonedDateTime end = at.toLocalDate().atTime(to).atZone(at.getZone());
            return end.isAfter(at) ? end : at.toLocalDate().plusDays(1).atTime(to).atZone(at.getZone());
        }
    }
}
