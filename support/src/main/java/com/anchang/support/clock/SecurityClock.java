package com.anchang.support.clock;

import java.time.Clock;
import java.util.Objects;

/**
 * The clock security is judged by: token lifetimes, sign-in rate limits, lockouts, sessions. It is the
 * application's {@link Clock} except when that clock is simulated (ADR 11): then it is the machine's, so
 * moving business time a week ahead neither expires every token nor lifts every lockout. Injected where
 * security reads time; everything else takes the application's clock.
 */
public record SecurityClock(Clock clock) {

    public SecurityClock {
        Objects.requireNonNull(clock, "clock");
    }

    /** The security clock that goes with the application's clock {@code business}; {@code machine} when that one is simulated. */
    public static SecurityClock beside(Clock business, Clock machine) {
        return new SecurityClock(business instanceof SimulatedClock ? machine : business);
    }
}
