package com.anchang.notification.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How reminders are delivered (settings, never constants): how long an instance holds a claimed
 * reminder, how often a channel is retried and how long to wait between tries, and how long to wait
 * for a delivery receipt before the reminder is escalated as unanswered (NOTE-5).
 *
 * @param lease how long a claim holds: longer than the slowest send on every channel, since another
 *     instance takes a reminder over once its lease has lapsed
 * @param attemptsPerChannel tries of one channel (throttled, failed transiently, timed out) before it
 *     counts as failed and the next channel is tried
 * @param firstBackoff the wait after the first retryable failure; doubled after each, up to maxBackoff
 * @param receiptWait how long a sent reminder waits for its receipt before it is UNANSWERED
 */
public record DeliveryPolicy(Duration lease, int attemptsPerChannel, Duration firstBackoff, Duration maxBackoff,
        Duration receiptWait) {

    public DeliveryPolicy {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(receiptWait, "receiptWait");
        if (attemptsPerChannel < 1) {
            throw new IllegalArgumentException("a channel is tried at least once, was " + attemptsPerChannel);
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration backoff(long retry) {
        Duration wait = firstBackoff;
        for (long i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
