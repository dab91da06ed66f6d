package com.anchang.lead.domain.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rotation days of the offices: one per office and business day. */
public interface ReceptionDays {

    /**
     * The day as operations need it: the duties, queues and rounds, the receptions being served, the
     * skips of the current rounds (what the rules decide on); finished receptions and older skips may
     * be left out.
     */
    Optional<ReceptionDay> find(String officeId, LocalDate businessDay);

    /** The whole day, every reception and skip included (for reading: why, logs, fairness). */
    default Optional<ReceptionDay> findWithHistory(String officeId, LocalDate businessDay) {
        return find(officeId, businessDay);
    }

    /**
     * Writes the day's new state together with the events it caused, in one single-document write that
     * succeeds only if nobody wrote the day since it was read; otherwise throws
     * {@code ConcurrentChangeException} and writes nothing.
     */
    void save(ReceptionDay day, List<RotationEvent> caused);
}
