package com.anchang.support.archsample.conforming.config;

import java.time.Clock;

/** Only config builds the system clock. */
public class PlotConfiguration {
    Clock clock() {
        return Clock.systemUTC();
    }
}
