package com.anchang.support.archsample.violating.application;

import java.time.Instant;
import java.util.function.Supplier;

public class ClockByReference {
    final Supplier<Instant> now = Instant::now;
}
