package com.anchang.lead.adapter.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach identity-service. How long to wait for it and when to leave it alone are the settings
 * of its circuit breaker and time limiter, Resilience4j's own
 * ({@code resilience4j.*.instances.identity-service}, see support.http.DownstreamBreaker).
 *
 * @param url base URL of identity-service (by default the token issuer's, which is identity-service)
 * @param connectTimeout TCP connect timeout
 */
@ConfigurationProperties("lead.identity")
public record IdentityProperties(URI url, Duration connectTimeout) {

    public IdentityProperties {
        Objects.requireNonNull(url, "lead.identity.url");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
    }
}
