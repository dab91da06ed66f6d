package com.anchang.inventory.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Office policy for sales control. The hold lifetime differs between offices (RULES: "office sets
 * it, e.g. 24-72 h"), so it is never a constant in code; so does how many units of an opening one
 * buyer may hold (OPEN-2) when the PM does not say.
 */
public record SalesControlPolicy(Duration holdLifetime, int openingQuotaPerBuyer) {

    public SalesControlPolicy {
        Objects.requireNonNull(holdLifetime, "holdLifetime");
        if (holdLifetime.isNegative() || holdLifetime.isZero()) {
            throw new IllegalArgumentException("hold lifetime must be positive");
        }
        if (openingQuotaPerBuyer < 1) {
            throw new IllegalArgumentException("opening quota per buyer must be at least 1");
        }
    }

    public SalesControlPolicy(Duration holdLifetime) {
        this(holdLifetime, 2);
    }
}
