package com.anchang.notification.domain;

import java.util.Optional;

/** Port: where reminder schedules live, one per deal. */
public interface ReminderScheduleRepository {

    Optional<ReminderSchedule> find(String dealId);

    /**
     * Stores a new schedule, recording the id of the event that caused it in the same write.
     *
     * @return false when the deal already has a schedule (nothing was written)
     */
    boolean insert(ReminderSchedule schedule, String appliedEventId);

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
}
