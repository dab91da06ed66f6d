package com.anchang.lead.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Port (LEAD-3/LEAD-11): which leads of an office are due to be released on which office day, so
 * that the lapse job reads them by key instead of searching all leads. It is an index that may hold
 * more than the truth (a lead whose protection moved, or a registration that then failed): the job
 * checks every lead it names against the lead itself.
 */
public interface LapseCalendar {

    /** An office that has leads. */
    record Office(String developerId, String officeId) {
    }

    /** Notes that {@code leadId} is released on {@code releasedOn} unless followed up. */
    void schedule(String developerId, String officeId, LocalDate releasedOn, String leadId);

    /** Removes the note of {@code leadId} from {@code releasedOn} (it moved, or was released). */
    void unschedule(String developerId, String officeId, LocalDate releasedOn, String leadId);

    /** The leads noted for release on this office day. */
    List<String> dueOn(String developerId, String officeId, LocalDate releasedOn);

    /** Every office that has a lead. */
    List<Office> offices();
}
