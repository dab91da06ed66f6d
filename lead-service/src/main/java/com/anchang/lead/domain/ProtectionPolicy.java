package com.anchang.lead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * LEAD-3: how long an office protects a consultant's ownership of a lead without a logged
 * follow-up, counted in whole days of the office's time zone. Default (seed 000): the clock starts
 * the day after registration, and after 7 days without follow-up the lead is released on day 8.
 * Offices differ (seed 002: 15 or 30 days), so the values are office policy, never constants.
 *
 * @param daysOfInactivity whole days a lead stays protected after the registration day
 * @param zone the office's time zone, which decides what "a day" is
 */
public record ProtectionPolicy(int daysOfInactivity, ZoneId zone) {

    public ProtectionPolicy {
        Objects.requireNonNull(zone, "zone");
        if (daysOfInactivity < 1) {
            throw new IllegalArgumentException("protection must last at least one day, not " + daysOfInactivity);
        }
    }

    /** The last protected day of a lead registered at this instant: the registration day (office zone) + the days. */
    public LocalDate protectedUntil(Instant registeredAt) {
        return registeredAt.atZone(zone).toLocalDate().plusDays(daysOfInactivity);
    }

    /** The day the lead is released if nobody followed it up: the day after the last protected day. */
    public LocalDate releasedOn(Instant registeredAt) {
        return protectedUntil(registeredAt).plusDays(1);
    }

    /** Whether the protection of a lead registered at {@code registeredAt} still holds at {@code at}. */
    public boolean protects(Instant registeredAt, Instant at) {
        return !at.atZone(zone).toLocalDate().isAfter(protectedUntil(registeredAt));
    }
}
