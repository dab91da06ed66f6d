package com.anchang.lead.domain.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rotation days of the offices: one per office and business day. */
public interface ReceptionDays {

    Optional<ReceptionDay> find(String officeId, LocalDate businessDay);

    /**
     * Writes the day's new state together with the events it caused, in one single-document write that
     * succeeds only if nobody wrote the day since it was read; otherwise throws
     * {@code ConcurrentChangeException} and writes nothing.
     */
    void save(ReceptionDay day, List<RotationEvent> caused);
}
