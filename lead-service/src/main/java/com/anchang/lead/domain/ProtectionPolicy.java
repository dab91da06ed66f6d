package com.anchang.lead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * LEAD-3: how long an office protects a consultant's ownership of a lead, counted in whole days of
 * the office's time zone. The values are office policy, never constants; two kinds exist:
 * <ul>
 *   <li>{@link Kind#INACTIVITY} (seed 000, the default): the clock starts the day after registration
 *       (or after the last counted follow-up); after {@code inactivityDays} days without a counted
 *       follow-up the lead is released on the next day (7 days: released on day 8).</li>
 *   <li>{@link Kind#WINDOW} (seed 002): a phone lead is protected {@code phoneDays} days, any other
 *       (a visit) {@code visitDays} days after its registration day; each counted follow-up inside
 *       the window extends it by {@code extensionDays} days (順延), at most once per office day.</li>
 * </ul>
 * Whether an unanswered call counts as a follow-up is the flag {@code unansweredCallCounts};
 * effective follow-ups always count. Protection lasts through the end of {@link Lead#protectedUntil()}
 * (office zone) and the lead is released at 00:00 of the day after.
 */
public record ProtectionPolicy(Kind kind, int inactivityDays, int phoneDays, int visitDays, int extensionDays,
        boolean unansweredCallCounts, ZoneId zone) {

    public enum Kind {
        /** Seed 000: N days without a follow-up, counted from the next day. */
        INACTIVITY,
        /** Seed 002: a window per source (phone / visit), extended per follow-up. */
        WINDOW
    }

    public ProtectionPolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        if (kind == Kind.INACTIVITY && inactivityDays < 1) {
            throw new IllegalArgumentException("protection must last at least one day, not " + inactivityDays);
        }
        if (kind == Kind.WINDOW && (phoneDays < 1 || visitDays < 1 || extensionDays < 1)) {
            throw new IllegalArgumentException("protection windows and extensions must last at least one day");
        }
    }

    /** Seed 000: {@code days} days without a follow-up from the day after registration; unanswered calls do not count. */
    public static ProtectionPolicy inactivity(int days, ZoneId zone) {
        return new ProtectionPolicy(Kind.INACTIVITY, days, 0, 0, 0, false, zone);
    }

    /** Seed 002: phone leads {@code phoneDays}, visit leads {@code visitDays}, + {@code extensionDays} per follow-up. */
    public static ProtectionPolicy window(int phoneDays, int visitDays, int extensionDays, ZoneId zone) {
        return new ProtectionPolicy(Kind.WINDOW, 0, phoneDays, visitDays, extensionDays, false, zone);
    }

    /** The same policy with the unanswered-call flag set. */
    public ProtectionPolicy countingUnansweredCalls(boolean counts) {
        return new ProtectionPolicy(kind, inactivityDays, phoneDays, visitDays, extensionDays, counts, zone);
    }

    /** The office's calendar day at an instant. */
    public LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** LEAD-3: the last protected day of a lead registered at this instant from this source. */
    public LocalDate protectedUntil(Instant registeredAt, LeadSource source) {
        LocalDate registrationDay = day(registeredAt);
        return switch (kind) {
            case INACTIVITY -> registrationDay.plusDays(inactivityDays);
            case WINDOW -> registrationDay.plusDays(source == LeadSource.PHONE ? phoneDays : visitDays);
        };
    }

    /** LEAD-3/LEAD-4: whether this follow-up counts for protection: effective, or an unanswered call where the flag says so. */
    public boolean counts(FollowUp.Channel channel, boolean effective) {
        return effective || (channel == FollowUp.Channel.PHONE && unansweredCallCounts);
    }

    /**
     * LEAD-3: the last protected day after a counted follow-up logged at {@code at}, given the window
     * as it stood ({@code until}) and whether a follow-up already extended it that office day.
     * Inactivity: {@code days} from the follow-up's day, never shorter than before. Window: +extension.
     */
    public LocalDate extendedUntil(LocalDate until, Instant at, boolean alreadyExtendedThatDay) {
        return switch (kind) {
            case INACTIVITY -> latest(until, day(at).plusDays(inactivityDays));
            case WINDOW -> alreadyExtendedThatDay ? until : until.plusDays(extensionDays);
        };
    }

    /** The start (00:00, office zone) of the office day after the one {@code at} falls on: when the next releases are due. */
    public Instant nextDayStart(Instant at) {
        return day(at).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day a lead protected through {@code until} is released if nobody follows it up. */
    public static LocalDate releasedOn(LocalDate until) {
        return until.plusDays(1);
    }

    /** Whether a window whose last day is {@code until} still protects at {@code at} (through 23:59:59 of that day, office zone). */
    public boolean protects(LocalDate until, Instant at) {
        return !day(at).isAfter(until);
    }

    /** Whole office days of protection left after today: 0 on the last protected day, negative once lapsed. */
    public long daysLeft(LocalDate until, Instant at) {
        return ChronoUnit.DAYS.between(day(at), until);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
