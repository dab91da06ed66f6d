package com.anchang.support.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Access tokens this instance has already checked in full (RS256 signature against identity-service's
 * key, issuer, lifetime, subject), kept until they expire. A client sends the same token with every
 * request for up to its 15 minutes; checking the signature and converting the claims every time was
 * about a tenth of a service's and of the gateway's CPU in an opening rush.
 *
 * <p>Only a token that passed the check is remembered, under its exact text (a changed byte is another
 * token, checked afresh); from its expiry on it is never answered from here, so the decoder refuses it
 * as before. Nothing else changes: a token is accepted until it expires, as without this memory (ADR 6).
 * Bounded: past {@link #MAX} tokens the memory starts afresh.
 */
public final class VerifiedTokens {

    static final int MAX = 10_000;

    private final Clock clock;
    private final Map<String, Jwt> tokens = new ConcurrentHashMap<>();

    public VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** The token as checked before, if it was and has not expired; null otherwise. */
    public Jwt remembered(String token) {
        Jwt jwt = tokens.get(token);
        if (jwt == null) {
            return null;
        }
        if (!clock.instant().isBefore(jwt.getExpiresAt())) {
            tokens.remove(token, jwt);
            return null;
        }
        return jwt;
    }

    /** Remembers a token the decoder has just accepted (one without an expiry is not remembered). */
    public void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (tokens.size() >= MAX) {
            tokens.clear();
        }
        tokens.put(token, jwt);
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
