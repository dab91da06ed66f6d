package com.anchang.transaction.domain;

import java.time.ZoneId;
import java.util.Objects;

/** Office policy for deals: the office's time zone, which says what "today" is at the office. */
public record DealPolicy(ZoneId zone) {

    public DealPolicy {
        Objects.requireNonNull(zone, "zone");
    }
}
