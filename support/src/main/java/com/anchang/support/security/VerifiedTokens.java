package com.anchang.support.security;

import com.anchang.support.cache.ClockTicker;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Access tokens this instance has already checked in full (RS256 signature against identity-service's
 * key, issuer, lifetime, subject), kept until they expire. A client sends the same token with every
 * request for up to its 15 minutes; checking the signature and converting the claims every time was
 * about a tenth of a service's and of the gateway's CPU in an opening rush.
 *
 * <p>Only a token that passed the check is remembered, under its exact text (a changed byte is another
 * token, checked afresh); from its expiry on, by the application's clock, it is never answered from
 * here, so the decoder refuses it as before. Nothing else changes: a token is accepted until it
 * expires, as without this memory (ADR 6). Bounded: at most {@link #MAX} tokens; past it the cache
 * (Caffeine) evicts the ones least likely to be used again, each entry leaves at its token's expiry.
 */
public final class VerifiedTokens {

    static final int MAX = 10_000;

    private final Clock clock;
    private final Cache<String, Jwt> tokens;

    public VerifiedTokens(Clock clock) {
        this(clock, MAX);
    }

    VerifiedTokens(Clock clock, int max) {
        this.clock = clock;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(max)
                .ticker(new ClockTicker(clock))
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) -> Duration.between(clock.instant(), jwt.getExpiresAt())))
                .build();
    }

    /** The token as checked before, if it was and has not expired; null otherwise. */
    public Jwt remembered(String token) {
        Jwt jwt = tokens.getIfPresent(token);
        // the cache's expiry frees the memory; this check alone decides whether the token is still good
        if (jwt == null || !clock.instant().isBefore(jwt.getExpiresAt())) {
            return null;
        }
        return jwt;
    }

    /** Remembers a token the decoder has just accepted (one without an expiry, or past it, is not remembered). */
    public void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null || !clock.instant().isBefore(jwt.getExpiresAt())) {
            return;
        }
        tokens.put(token, jwt);
    }

    /** How many tokens are remembered (after the cache's pending evictions and expiries). */
    int size() {
        tokens.cleanUp();
        return (int) tokens.estimatedSize();
    }

    /** The decoder, asked only for tokens not checked before. */
    public JwtDecoder in(JwtDecoder decoder) {
        return token -> {
            Jwt known = remembered(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = decoder.decode(token);
            remember(token, jwt);
            return jwt;
        };
    }
}
