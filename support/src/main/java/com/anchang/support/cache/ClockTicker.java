package com.anchang.support.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * Caffeine's time source read from the application's {@link Clock} (nanoseconds since the epoch), so a
 * cache's entries expire by the same time the code judges them by, and a test moving its clock moves
 * the cache's expiry with it.
 */
public record ClockTicker(Clock clock) implements Ticker {

    @Override
    public long read() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
