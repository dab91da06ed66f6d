package com.anchang.support.archsample.violating.application;

import java.time.Clock;

public class SystemClock {
    final Clock clock = Clock.systemDefaultZone();
}
