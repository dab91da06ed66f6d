package com.anchang.gateway.signin;

import com.anchang.support.test.MovingClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {

    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    final MovingClock clock = new MovingClock(T0);

    @Test
    @DisplayName("allows the limit per key in a window, then refuses with the time left, and allows again in the next window")
    void limitsPerKeyAndWindow() {
        FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(3, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        clock.set(T0.plusSeconds(20));
        FixedWindowRateLimiter.Decision refused = limiter.tryAcquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();

        clock.set(T0.plusSeconds(60));
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    }

    @Test
    @DisplayName("tracks at most maxKeys: ended windows go first, then the oldest, so memory stays bounded")
    void boundedKeys() {
        FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(1, Duration.ofMinutes(1), 3, clock);
        limiter.tryAcquire("old");
        limiter.tryAcquire("old"); // refused
        clock.set(T0.plusSeconds(10));
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");
        assertThat(limiter.trackedKeys()).isEqualTo(3);

        clock.set(T0.plusSeconds(20));
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.tryAcquire("flood-" + i).allowed()).isTrue();
            assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(3);
        }

        clock.set(T0.plusSeconds(61));
        FixedWindowRateLimiter fresh = new FixedWindowRateLimiter(1, Duration.ofMinutes(1), 2, clock);
        fresh.tryAcquire("x");
        clock.set(T0.plusSeconds(200)); // x's window has ended: it is dropped before anything live
        fresh.tryAcquire("y");
        fresh.tryAcquire("z");
        assertThat(fresh.trackedKeys()).isEqualTo(2);
        assertThat(fresh.tryAcquire("y").allowed()).isFalse();
    }
}
