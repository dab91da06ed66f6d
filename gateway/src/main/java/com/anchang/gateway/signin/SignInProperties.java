package com.anchang.gateway.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway as identity-service's OAuth2 client (ADR 5) and its browser sign-in.
 *
 * @param clientId         the gateway's client id at identity-service
 * @param clientSecret     its secret (HTTP Basic at the token and revocation endpoints); never in application.yml:
 *                         from the environment, or random per start under anchang.dev-mode (RequiredSecrets)
 * @param identityTimeout  how long a call to identity-service may take before sign-in answers 503
 * @param refreshCookie    the HttpOnly cookie that holds the refresh token
 * @param signInRateLimit  sign-in attempts allowed per account and per client address (per gateway instance)
 * @param refreshGrace     how long a refresh of the same (just rotated) refresh token gets the same new tokens,
 *                         so that two tabs refreshing at once both stay signed in; 0 turns it off
 */
@ConfigurationProperties("anchang.gateway")
public record SignInProperties(
        @DefaultValue("anchang-gateway") String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration identityTimeout,
        @DefaultValue RefreshCookie refreshCookie,
        @DefaultValue RateLimit signInRateLimit,
        @DefaultValue("10s") Duration refreshGrace) {

    public SignInProperties {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("anchang.gateway.client-id must be set");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("anchang.gateway.client-secret must be set (from the environment)");
        }
    }

    /**
     * @param name   cookie name
     * @param secure the Secure attribute; turn off only for plain-http development on a non-localhost address
     * @param maxAge how long the browser keeps it (identity's refresh-token lifetime)
     */
    public record RefreshCookie(
            @DefaultValue("anchang_refresh") String name,
            @DefaultValue("true") boolean secure,
            @DefaultValue("8h") Duration maxAge) {
    }

    /**
     * Fixed windows, counted in memory by each gateway instance on its own (N instances allow N times).
     *
     * @param perAccount attempts per username per window
     * @param perAddress attempts per client address per window
     * @param window     the window length
     * @param maxKeys    the most accounts (and, separately, addresses) tracked at once; the oldest go first
     * @param trustForwardedFor take the client address from the first hop of X-Forwarded-For: only behind a
     *                   proxy or load balancer that sets it (otherwise a client picks its own address and
     *                   escapes the per-address limit); off by default: the peer address counts
     */
    public record RateLimit(
            @DefaultValue("10") int perAccount,
            @DefaultValue("30") int perAddress,
            @DefaultValue("1m") Duration window,
            @DefaultValue("10000") int maxKeys,
            @DefaultValue("false") boolean trustForwardedFor) {

        public RateLimit {
            if (perAccount < 1 || perAddress < 1 || maxKeys < 1 || window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("anchang.gateway.sign-in-rate-limit: limits must be positive");
            }
        }
    }
}
