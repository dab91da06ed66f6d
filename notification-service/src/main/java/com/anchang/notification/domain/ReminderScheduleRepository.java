package com.anchang.notification.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: where reminder schedules live, one per deal. */
public interface ReminderScheduleRepository {

    Optional<ReminderSchedule> find(String dealId);

    /** The schedules of these deals that exist, by deal id: a page of due reminders read at once. */
    Map<String, ReminderSchedule> findAll(Collection<String> dealIds);

    /**
     * Stores a new schedule, recording the id of the event that caused it in the same write.
     *
     * @return false when the deal already has a schedule (nothing was written)
     */
    boolean insert(ReminderSchedule schedule, String appliedEventId);

    /** As {@link #insert(ReminderSchedule, String)}, with the events of the first plan in the same write. */
    default boolean insert(ReminderSchedule.Change change, String appliedEventId) {
        return insert(change.schedule(), appliedEventId);
    }

    /** True when the incoming event with this id was already applied to the deal's schedule. */
    boolean hasApplied(String dealId, String eventId);

    /**
     * Writes a change by compare-and-set on the version it was read at, its events in the schedule's
     * outbox in the same write; throws {@code ConcurrentChangeException} (nothing written) when someone
     * wrote the schedule since.
     *
     * @return the schedule as now stored (its version one up)
     */
    ReminderSchedule save(ReminderSchedule.Change change);

    /** As {@link #save(ReminderSchedule.Change)}, recording in the same write that the incoming event was applied. */
    ReminderSchedule save(ReminderSchedule.Change change, String appliedEventId);

    /**
     * Writes several changes at once (a page of claims, a page of results), each by compare-and-set on
     * the version it was read at as {@link #save(ReminderSchedule.Change)} does, at most one change per
     * schedule. A change whose schedule was written by someone else meanwhile is not written.
     *
     * @return per change, in order: the schedule as now stored, or empty when it was not written (it may
     *         also be empty for a change that was written and then changed again by another writer before
     *         the answer was read; the caller reads the schedule again and finds out)
     */
    List<Optional<ReminderSchedule>> saveAll(List<ReminderSchedule.Change> changes);
}
