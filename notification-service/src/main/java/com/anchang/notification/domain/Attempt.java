package com.anchang.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One try of a reminder on one channel and what came of it, kept in order: the reminder's history for
 * the office, and the channels tried and reasons of an escalation (NOTE-5).
 *
 * @param detail the provider's code and message, or what happened (e.g. "timed out after 10 s")
 */
public record Attempt(Channel channel, Instant at, Outcome outcome, String detail) {

    public enum Outcome {
        /** The provider accepted it. */
        ACCEPTED,
        /** The provider refused it for now (its frequency limits): retried later or on the other channel. */
        THROTTLED,
        /** A failure that may pass (5xx, connection refused): retried with backoff. */
        TRANSIENT,
        /** No answer in time: it may or may not have been sent; the next try asks the provider first. */
        UNKNOWN,
        /** The provider refused it for good (a wrong template, an invalid number): the channel has failed. */
        REFUSED,
        /** Retried as often as the policy allows: the channel has failed. */
        GAVE_UP,
        /** The provider's receipt says it did not arrive: the channel has failed. */
        NOT_DELIVERED,
        /** Found at the provider by its reference after an unknown outcome or a lapsed lease: not sent again. */
        FOUND_SENT
    }

    public Attempt {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Whether this attempt ends the channel for this reminder. */
    public boolean channelFailed() {
        return outcome == Outcome.REFUSED || outcome == Outcome.GAVE_UP || outcome == Outcome.NOT_DELIVERED;
    }

    /** Whether this attempt counts against the channel's retries. */
    public boolean retryable() {
        return outcome == Outcome.THROTTLED || outcome == Outcome.TRANSIENT || outcome == Outcome.UNKNOWN;
    }

    @Override
    public String toString() {
        return channel + ": " + (detail == null || detail.isBlank() ? outcome.name() : detail);
    }
}
