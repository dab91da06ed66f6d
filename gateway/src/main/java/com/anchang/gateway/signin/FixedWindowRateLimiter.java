package com.anchang.gateway.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} attempts per key in each fixed window, counted in this JVM only (a gateway
 * instance limits on its own). The map is bounded: when it is full, windows that have ended are
 * dropped, and if it is still full the entry with the oldest window goes, so a flood of new keys
 * cannot grow memory (it can only make the oldest counters forget early).
 */
final class FixedWindowRateLimiter {

    /** Allowed, or refused with the time until the key's window ends. */
    record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    FixedWindowRateLimiter(int limit, Duration window, int maxKeys, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    Decision tryAcquire(String key) {
        Instant now = clock.instant();
        if (!windows.containsKey(key) && windows.size() >= maxKeys) {
            makeRoom(now);
        }
        Window current = windows.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1)
                : new Window(w.start(), w.count() + 1));
        if (current.count() <= limit) {
            return Decision.ALLOWED;
        }
        return new Decision(false, Duration.between(now, current.start().plus(window)));
    }

    int trackedKeys() {
        return windows.size();
    }

    private synchronized void makeRoom(Instant now) {
        windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        while (windows.size() >= maxKeys) {
            String oldest = null;
            Instant oldestStart = Instant.MAX;
            for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Window> entry = it.next();
                if (entry.getValue().start().isBefore(oldestStart)) {
                    oldestStart = entry.getValue().start();
                    oldest = entry.getKey();
                }
            }
            if (oldest == null) {
                return;
            }
            windows.remove(oldest);
        }
    }
}
