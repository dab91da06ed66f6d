package com.anchang.dashboard.application;

import com.anchang.dashboard.application.RecordingFigures.Occurrence;
import com.anchang.dashboard.domain.Additions;
import com.anchang.dashboard.domain.Additions.Added;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import java.time.Instant;

/**
 * Reminders to buyers by step, for the office and per channel, once per reminder and step whatever the event's id
 * (a reminder is planned again only under a new id). A planned reminder counts on the office day it is to go and
 * is remembered with its day and channel until it goes: withdrawn before that (its due date moved, the deal
 * cancelled), it is taken off that day and channel again, once, so that a reminder moved counts only on its new
 * day and a cancelled one nowhere.
 */
public class RecordingReminders {

    private final RecordingFigures recording;
    private final Breakdowns breakdowns;
    private final Additions additions;

    public RecordingReminders(RecordingFigures recording, Breakdowns breakdowns, Additions additions) {
        this.recording = recording;
        this.breakdowns = breakdowns;
        this.additions = additions;
    }

    /** Planned to go at {@code remindAt} by {@code channel}. */
    public void planned(String reminderId, String developerId, String officeId, Instant remindAt, String channel) {
        Figures one = Figures.one(Count.REMINDERS_PLANNED);
        count(reminderId, "PLANNED", developerId, officeId, remindAt, channel, one);
        additions.remember(key(reminderId), new Added(developerId, officeId, remindAt, channel, one));
    }

    /** A provider accepted it ({@code delivered} false) or its receipt says it arrived: it went, nothing takes it back. */
    public void progressed(String reminderId, boolean delivered, String developerId, String officeId, Instant at,
            String channel) {
        Count step = delivered ? Count.REMINDERS_DELIVERED : Count.REMINDERS_SENT;
        count(reminderId, step == Count.REMINDERS_SENT ? "SENT" : "DELIVERED", developerId, officeId, at, channel,
                Figures.one(step));
        additions.forget(key(reminderId));
    }

    /** Settled without going (no channel delivered it): it stays planned, and nothing will take it back. */
    public void settled(String reminderId) {
        additions.forget(key(reminderId));
    }

    /** Withdrawn before it went: what its planning added is taken off the day and channel it was added to. */
    public void withdrawn(String reminderId) {
        additions.of(key(reminderId)).ifPresent(added -> count(reminderId, "CANCELLED", added.developerId(),
                added.officeId(), added.at(), added.channel(), added.figures().negated()));
        additions.forget(key(reminderId));
    }

    private void count(String reminderId, String step, String developerId, String officeId, Instant at, String channel,
            Figures figures) {
        String id = "reminder|" + reminderId + "|" + step;
        recording.record(new Occurrence(id, developerId, officeId, at, null, figures));
        breakdowns.record(officeId, Breakdowns.Dimension.CHANNEL, channel == null ? "UNSTATED" : channel, at, id,
                figures);
    }

    private static String key(String reminderId) {
        return "reminder|" + reminderId;
    }
}
