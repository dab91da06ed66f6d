package com.anchang.gateway.signin;

import com.anchang.support.test.MovingClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.gateway.signin.IdentityTokenClient.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class RecentRefreshesTest {

    final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T02:00:00Z"));
    final AtomicInteger calls = new AtomicInteger();
    final Function<String, Mono<Tokens>> identity = token -> Mono.fromCallable(() -> {
        int call = calls.incrementAndGet();
        return new Tokens("access-" + call, "refresh-" + call, 900);
    });

    @Test
    @DisplayName("two tabs refreshing the same token within the grace period share one rotation and get the same new tokens")
    void sameTokenWithinGraceSharesTheRotation() {
        RecentRefreshes recent = new RecentRefreshes(Duration.ofSeconds(10), 100, clock);

        Tokens first = recent.refresh("R-1", identity).block();
        clock.advance(Duration.ofSeconds(3));
        Tokens second = recent.refresh("R-1", identity).block();

        assertThat(second).isEqualTo(first);
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("after the grace period the old token goes to identity again (which refuses a used one)")
    void afterGraceIdentityDecides() {
        RecentRefreshes recent = new RecentRefreshes(Duration.ofSeconds(10), 100, clock);
        recent.refresh("R-1", identity).block();

        clock.advance(Duration.ofSeconds(10));
        recent.refresh("R-1", identity).block();

        assertThat(calls).hasValue(2);
        assertThat(recent.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("a refusal is shared by the callers of that moment but not remembered: the next refresh asks identity again")
    void failuresAreNotKept() {
        RecentRefreshes recent = new RecentRefreshes(Duration.ofSeconds(10), 100, clock);
        Function<String, Mono<Tokens>> refusing = token -> Mono.error(() -> {
            calls.incrementAndGet();
            return new IllegalStateException("identity is down");
        });

        assertThatThrownBy(() -> recent.refresh("R-1", refusing).block()).hasMessageContaining("down");
        assertThatThrownBy(() -> recent.refresh("R-1", refusing).block()).hasMessageContaining("down");

        assertThat(calls).hasValue(2);
        assertThat(recent.size()).isZero();
    }

    @Test
    @DisplayName("different tokens never share; a zero grace turns sharing off")
    void differentTokensAndZeroGrace() {
        RecentRefreshes recent = new RecentRefreshes(Duration.ofSeconds(10), 100, clock);
        assertThat(recent.refresh("R-1", identity).block()).isNotEqualTo(recent.refresh("R-2", identity).block());

        RecentRefreshes off = new RecentRefreshes(Duration.ZERO, 100, clock);
        off.refresh("R-3", identity).block();
        off.refresh("R-3", identity).block();
        assertThat(calls).hasValue(4);
    }
}
