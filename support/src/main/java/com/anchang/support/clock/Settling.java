package com.anchang.support.clock;

import com.anchang.support.messaging.ConsumerLag;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.scheduling.PeriodicJobs;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether this service has finished the work a move of the simulated clock set off (ADR 11): no periodic
 * job running, every record of the topics it consumes processed (consumer lag 0), every event it wrote
 * published (the outbox relay idle) — asked in this order, since each can only add work to the next.
 * With it a count of the work done so far (events published and consumed, job runs), so that the
 * platform's coordinator can tell that nothing moved between two settled answers.
 */
public class Settling {

    private static final List<String> WORK_METERS = List.of("anchang.events.published", "anchang.events.consumed",
            "anchang.events.dead-lettered", "anchang.jobs.runs");

    /**
     * @param settled nothing left to do here
     * @param activity the work done so far (events published and consumed, job runs): unchanged between two
     *     answers means nothing happened here in between
     * @param waitingFor what is left when not settled, for people reading why a move waits
     */
    public record Report(boolean settled, long activity, String waitingFor) {
    }

    private final Optional<PeriodicJobs> jobs;
    private final Optional<ConsumerLag> lag;
    private final Optional<OutboxRelay> relay;
    private final MeterRegistry meters;

    public Settling(Optional<PeriodicJobs> jobs, Optional<ConsumerLag> lag, Optional<OutboxRelay> relay,
            MeterRegistry meters) {
        this.jobs = jobs;
        this.lag = lag;
        this.relay = relay;
        this.meters = meters;
    }

    public Report report() {
        long activity = activity();
        List<String> waiting = new ArrayList<>();
        int running = jobs.map(PeriodicJobs::running).orElse(0);
        if (running > 0) {
            waiting.add(running + " periodic job run(s)");
        }
        long behind = lag.map(ConsumerLag::total).orElse(0L);
        if (behind > 0) {
            waiting.add(behind + " record(s) not yet consumed");
        }
        if (!relay.map(OutboxRelay::idle).orElse(true)) {
            waiting.add("events not yet published");
        }
        return new Report(waiting.isEmpty(), activity, String.join(", ", waiting));
    }

    private long activity() {
        long total = 0;
        for (String meter : WORK_METERS) {
            for (Counter counter : meters.find(meter).counters()) {
                total += (long) counter.count();
            }
        }
        return total;
    }
}
