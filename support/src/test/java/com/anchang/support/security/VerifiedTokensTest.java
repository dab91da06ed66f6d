package com.anchang.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicInteger;
import com.anchang.support.test.MovingClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

    final MovingClock clock = new MovingClock(NOW);
    final AtomicInteger checks = new AtomicInteger();
    /** Accepts "good-*" tokens, valid for 15 minutes from NOW; refuses everything else. */
    final JwtDecoder decoder = token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("u-1").issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(900)).build();
    };
    final JwtDecoder remembering = new VerifiedTokens(clock).in(decoder);

    @Test
    @DisplayName("a token checked once is answered from memory until it expires, then checked (and refused) by the decoder again")
    void rememberedUntilExpiry() {
        remembering.decode("good-1");
        remembering.decode("good-1");
        clock.set(NOW.plusSeconds(899));
        Jwt late = remembering.decode("good-1");
        assertThat(checks).hasValue(1);
        assertThat(late.getSubject()).isEqualTo("u-1");

        clock.set(NOW.plusSeconds(900));
        remembering.decode("good-1");
        assertThat(checks).as("expired: back to the decoder").hasValue(2);
    }

    @Test
    @DisplayName("a refused token is never remembered: every try goes to the decoder and is refused")
    void refusedTokensAreNotRemembered() {
        assertThatThrownBy(() -> remembering.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> remembering.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    @DisplayName("another token text, however close, is checked afresh")
    void exactTextOnly() {
        remembering.decode("good-1");
        remembering.decode("good-1x");
        assertThatThrownBy(() -> remembering.decode("good-1".toUpperCase())).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    @DisplayName("full: some remembered tokens are evicted, not all, and an evicted one is simply checked again")
    void fullMemoryEvictsSomeNotAll() {
        VerifiedTokens small = new VerifiedTokens(clock, 10);
        JwtDecoder bounded = small.in(decoder);
        for (int i = 0; i < 25; i++) {
            bounded.decode("good-" + i);
        }

        assertThat(small.size()).isEqualTo(10);
        List<String> kept = IntStream.range(0, 25).mapToObj(i -> "good-" + i)
                .filter(token -> small.remembered(token) != null).toList();
        assertThat(kept).hasSize(10);
        String evicted = IntStream.range(0, 25).mapToObj(i -> "good-" + i)
                .filter(token -> !kept.contains(token)).findFirst().orElseThrow();
        int checksBefore = checks.get();
        bounded.decode(kept.get(0));
        assertThat(checks).as("a kept token is answered from memory").hasValue(checksBefore);
        assertThat(bounded.decode(evicted).getTokenValue()).isEqualTo(evicted);
        assertThat(checks).as("an evicted one is checked again").hasValue(checksBefore + 1);
    }

    @Test
    @DisplayName("a remembered token past its expiry by the clock is not answered from memory, and leaves the memory")
    void expiredTokenLeavesTheMemory() {
        VerifiedTokens memory = new VerifiedTokens(clock);
        memory.remember("good-1", decoder.decode("good-1"));
        assertThat(memory.remembered("good-1")).isNotNull();

        clock.set(NOW.plusSeconds(900));

        assertThat(memory.remembered("good-1")).isNull();
        assertThat(memory.size()).isZero();
    }

    @Test
    @DisplayName("an expired token the decoder still accepts (clock skew) is not remembered")
    void expiredOnArrivalIsNotRemembered() {
        clock.set(NOW.plusSeconds(930)); // within the decoder's 60 s skew
        remembering.decode("good-1");
        remembering.decode("good-1");
        assertThat(checks).hasValue(2);
    }
}
