package com.anchang.support.archsample.conforming.application;

import com.anchang.support.archsample.conforming.domain.Plot;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.LocalDate;

/** A use case: time from the injected clock, the caller as a plain value. */
public class Planting {

    private final Clock clock;

    public Planting(Clock clock) {
        this.clock = clock;
    }

    public Plot plant(Caller caller, String id) {
        return new Plot(id + "-" + caller.userId(), clock.instant());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
