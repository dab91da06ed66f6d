package com.anchang.transaction.adapter.scheduling;

import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.transaction.application.ResumingConfirmations;
import com.anchang.transaction.application.SweepingEscalations;
import java.time.Duration;
import java.util.Optional;

/** The deals' periodic jobs, run by support.scheduling: each due run on one instance of the service. */
public final class DealJobs {

    private DealJobs() {
    }

    /**
     * DEAL-7: puts overdue down payments and lapsing holds on the PM's escalation list; its next work is
     * the earliest such deadline of a deal waiting for money, so the simulated clock steps from one to the next.
     */
    public static PeriodicJob escalationSweep(SweepingEscalations sweeping, Duration interval) {
        return PeriodicJob.every("escalation-sweep", interval, now -> {
            int raised = sweeping.sweep(now);
            return raised == 0 ? "" : "put %d deadlines missed on the escalation list".formatted(raised);
        }).withNextWork(sweeping::nextWorkAfter);
    }

    /**
     * DEAL-1/2 (ADR 13): completes the confirmations that stopped between the register's receipt and the
     * deal's write, at start and then every interval. Nothing it does waits for a date, so it names no
     * next work: moving the simulated clock never runs it (ADR 11), its schedule still does.
     */
    public static PeriodicJob confirmationResume(ResumingConfirmations resuming, Duration interval) {
        return PeriodicJob.every("confirmation-resume", interval, now -> {
            int completed = resuming.resume(now);
            return completed == 0 ? "" : "completed %d confirmations that stopped half-way".formatted(completed);
        }).alsoAtStart().withNextWork(now -> Optional.empty());
    }
}
