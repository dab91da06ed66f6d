package com.anchang.inventory.domain;

import java.time.Instant;
import java.util.List;

/**
 * Port: which units have a hold falling due in which hour (UNIT-3). A hold is entered before it is
 * written, so no written hold is missing from the calendar; an entry whose hold lost its race, or
 * was reserved or cancelled since, is simply found not due by the sweep.
 */
public interface ExpiryCalendar {

    /** Notes that the unit's hold falls due at expiresAt. */
    void enter(String unitId, Instant expiresAt);

    /** The hours from {@code from} to {@code to} (inclusive) that have entries, oldest first. */
    List<Hour> between(Instant from, Instant to);

    /** The hours from the one {@code from} falls in onwards that have entries, oldest first. */
    List<Hour> from(Instant from);

    /** Forgets an hour once every unit in it was dealt with. */
    void discard(Hour hour);

    /** One hour's entries: the units with a hold due in [start, start + 1 h). */
    record Hour(String id, Instant start, List<String> unitIds) {

        public Instant end() {
            return start.plusSeconds(3600);
        }
    }
}
