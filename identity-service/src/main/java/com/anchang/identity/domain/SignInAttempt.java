package com.anchang.identity.domain;

import java.time.Instant;

/**
 * What one sign-in attempt decided (IDN-5, IDN-6). Only {@link Outcome#SIGNED_IN} lets the caller in;
 * every other outcome is answered to the caller exactly like an unknown username.
 *
 * @param failures consecutive failures counted after this attempt
 * @param lockedUntil when the lock lapses, if the account is (now) locked
 * @param changed whether the user's state changed and must be written
 */
public record SignInAttempt(Outcome outcome, int failures, Instant lockedUntil, boolean changed) {

    public enum Outcome {
        /** The password matched an active, unlocked account: the failure count is reset. */
        SIGNED_IN,
        /** Wrong password, counted. */
        WRONG_PASSWORD,
        /** Wrong password, and this failure reached the limit: the account is now locked. */
        LOCKED_OUT,
        /** Refused without looking further: the account is locked. */
        LOCKED,
        /** Refused: the user has left (IDN-6). */
        LEFT
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
