package com.anchang.lead.domain.rotation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An office's rotation policy.
 *
 * @param answerWindow ROT-10: how long a call is offered to the head of the phone queue alone (default 15 s, 3 rings)
 * @param zone the office's time zone: what "today" is for check-in (ROT-1)
 */
public record RotationPolicy(Duration answerWindow, ZoneId zone) {

    public RotationPolicy {
        Objects.requireNonNull(answerWindow, "answerWindow");
        Objects.requireNonNull(zone, "zone");
        if (answerWindow.isNegative() || answerWindow.isZero()) {
            throw new IllegalArgumentException("answer window must be positive");
        }
    }
}
