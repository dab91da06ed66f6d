package com.anchang.dashboard.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read model's store: per office and day, the figures, each event applied once. */
public interface OfficeFigures {

    /**
     * Adds the figures of one event to the office's day, unless that event was already applied to it (the
     * event id is kept with the figures it changed, in the same write). Returns whether it was applied now.
     */
    boolean add(String developerId, String officeId, LocalDate day, String eventId, Figures figures);

    /** Per office asked, the sum of its days in the period (zero for an office with nothing there). */
    Map<String, Figures> totals(Collection<String> officeIds, Period period);

    /**
     * The same for several periods at once (a period and the one before it), in their order: a store may read a
     * document the periods share once.
     */
    default List<Map<String, Figures>> totals(Collection<String> officeIds, List<Period> periods) {
        return periods.stream().map(period -> totals(officeIds, period)).toList();
    }

    /** The developer an office belongs to, as its events said; empty for an office no event has named. */
    Optional<String> developerOf(String officeId);

    /** The offices of a developer its events have named, in order. */
    List<String> officesOf(String developerId);
}
