package com.anchang.identity.domain;

import java.time.Duration;
import java.util.Objects;

/** IDN-5: how many consecutive failed sign-ins lock an account, and for how long (office-policy-like values). */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("a lockout policy needs maxFailures >= 1 and a positive duration");
        }
    }
}
