package com.anchang.support.archsample.violating.domain;

import java.time.Instant;

public class InstantNowInDomain {
    boolean expired(Instant deadline) {
        return Instant.now().isAfter(deadline);
    }
}
