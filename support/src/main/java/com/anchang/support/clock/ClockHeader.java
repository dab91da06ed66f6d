package com.anchang.support.clock;

import java.time.Clock;

/** The header every answer carries on a simulated clock (ADR 11): {@code Anchang-Clock: simulated; now=<instant>}. */
public final class ClockHeader {

    public static final String NAME = "Anchang-Clock";

    private ClockHeader() {
    }

    /** The header's value at this moment of the clock. */
    public static String value(Clock clock) {
        return "simulated; now=" + clock.instant();
    }
}
