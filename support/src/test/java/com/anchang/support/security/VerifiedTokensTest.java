package com.anchang.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
}
