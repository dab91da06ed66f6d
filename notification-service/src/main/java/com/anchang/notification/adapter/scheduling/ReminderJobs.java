package com.anchang.notification.adapter.scheduling;

import com.anchang.notification.application.DispatchingReminders;
import com.anchang.notification.domain.DueReminders;
import com.anchang.support.scheduling.PeriodicJob;
import java.time.Duration;

/** The notification service's periodic jobs, run by support.scheduling. */
public final class ReminderJobs {

    private ReminderJobs() {
    }

    /**
     * NOTE-3, NOTE-4: claims and sends the reminders that are due. One instance per due run; two at once
     * (a run outliving its lock) are safe too, each reminder being claimed by one of them. Its next work is
     * the earliest entry of the due queue, so a simulated clock steps to each reminder's instant.
     */
    public static PeriodicJob dispatch(DispatchingReminders dispatching, DueReminders queue, Duration interval) {
        return PeriodicJob.every("reminder-dispatch", interval, now -> {
            DispatchingReminders.Run run = dispatching.run(now);
            return run.idle() ? "" : run.toString();
        }).alsoAtStart().withNextWork(queue::nextAfter);
    }
}
