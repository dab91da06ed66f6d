package com.anchang.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: which reminders fall due when, a queue in time buckets read bucket by bucket (NOTE-4). Finding
 * what is due costs in proportion to what is due, not to what is planned: every read is by key. An
 * entry is made before the reminder's state that needs it is written (planned, retried later, sent
 * and awaiting its receipt), so no reminder is missing from it; an entry whose reminder moved on since
 * (sent, settled, retried later, cancelled) is found not due and forgotten.
 */
public interface DueReminders {

    /** The reminder of this deal is due (to send, retry or check for its receipt) at {@code at}. */
    void enter(String dealId, String reminderId, Instant at);

    /** The buckets with entries due at or before {@code now}, oldest first, from where the last run caught up to. */
    Due dueBy(Instant now);

    /**
     * The earliest instant after {@code now} at which an entry falls due, if any: when the dispatch next
     * has work, which a simulated platform clock steps to (support.scheduling {@code NextWork}). An entry
     * whose reminder moved on since may still name its instant; the dispatch then finds nothing to do.
     */
    Optional<Instant> nextAfter(Instant now);

    /** Forgets a page once every entry read from it was dealt with, unless entries were made into it since. */
    void done(Page page);

    /**
     * Forgets a bucket once every page in it was dealt with and its time is over, unless entries were made
     * into it since it was read (its count grew): then it is kept for the next run, and this answers false,
     * so the run does not catch up past it.
     */
    boolean done(Bucket bucket);

    /** Nothing before {@code upTo} is left: the next run starts there (unless an entry went in before it since {@code from}). */
    void caughtUp(Instant from, Instant upTo);

    record Entry(String dealId, String reminderId, Instant at) {
    }

    record Page(String id, List<Entry> entries) {
    }

    /** @param count how many entries had been made into the bucket when it was read */
    record Bucket(String id, Instant start, Instant end, long count, List<Page> pages) {
    }

    /** @param from where this read started (the last run's catch-up point) */
    record Due(Instant from, List<Bucket> buckets) {
    }
}
