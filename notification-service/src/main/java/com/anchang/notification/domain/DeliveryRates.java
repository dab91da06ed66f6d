package com.anchang.notification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: how many reminders each office sent, had delivered and had fail, per channel and day (the office's
 * day of the send), for head office. Kept as counters by key, counted when a result is recorded: a
 * result told again (a retried write, a takeover that finds the send at the provider, a redelivered
 * receipt) is counted once, by the reminder, channel and result it counts.
 */
public interface DeliveryRates {

    enum Result { SENT, DELIVERED, FAILED }

    /** Counts each result of a reminder once, however often it is told (several at once: in one write). */
    void count(String developerId, String officeId, LocalDate day, Channel channel, String reminderId, Result... results);

    /** The developer of an office that has counts. */
    /** Counts several results at once (a page of sends), each once as {@link #count} does. */
    default void countAll(List<Count> counts) {
        counts.forEach(c -> c.countWith(this));
    }

    /** One reminder's results on a channel, counted on the office's day. */
    record Count(String developerId, String officeId, LocalDate day, Channel channel, String reminderId,
            List<Result> results) {

        public void countWith(DeliveryRates rates) {
            rates.count(developerId, officeId, day, channel, reminderId, results.toArray(Result[]::new));
        }
    }

    Optional<String> developerOf(String officeId);

    /** The offices of the developer that have counts. */
    List<String> offices(String developerId);

    /** The office's counts of the days {@code from} to {@code to}, by day then channel (days without any left out). */
    List<Counts> of(String officeId, LocalDate from, LocalDate to);

    record Counts(String officeId, LocalDate day, Channel channel, long sent, long delivered, long failed) {
    }
}
