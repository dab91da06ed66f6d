package com.anchang.inventory.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Office policy for sales control. The hold lifetime differs between offices (RULES: "office sets
 * it, e.g. 24-72 h"), so it is never a constant in code.
 */
public record SalesControlPolicy(Duration holdLifetime) {

    public SalesControlPolicy {
        Objects.requireNonNull(holdLifetime, "holdLifetime");
        if (holdLifetime.isNegative() || holdLifetime.isZero()) {
            throw new IllegalArgumentException("hold lifetime must be positive");
        }
    }
}
