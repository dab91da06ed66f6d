package com.anchang.lead.domain;

import java.time.LocalDate;

/**
 * LEAD-3: a lead's countdown as seen at one instant.
 *
 * @param protectedUntil the last protected day (office zone)
 * @param releasedOn the day the lead is (or was) released without a follow-up
 * @param daysLeft whole office days of protection left after today (0 on the last day, negative once lapsed)
 */
public record Protection(Status status, LocalDate protectedUntil, LocalDate releasedOn, long daysLeft) {

    public enum Status {
        /** The owner's claim holds today. */
        PROTECTED,
        /** The window has ended; the lapse job has not released the lead yet (it will, and nobody may follow it up). */
        LAPSED,
        /** Released (LEAD-3): it goes to whoever receives the customer next. */
        RELEASED
    }
}
