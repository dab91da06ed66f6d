package com.anchang.lead.adapter.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach identity-service and how long to wait for it.
 *
 * @param url base URL of identity-service (by default the token issuer's, which is identity-service)
 * @param timeout the time limiter: an answer later than this is no answer (503)
 * @param connectTimeout TCP connect timeout
 * @param failureRateThreshold percentage of failed calls (of the last {@code slidingWindow}) that opens the circuit
 * @param slidingWindow how many recent calls the failure rate is taken over (and the minimum before it counts)
 * @param openFor how long an open circuit answers 503 at once before letting a trial call through
 */
@ConfigurationProperties("lead.identity")
public record IdentityProperties(URI url, Duration timeout, Duration connectTimeout, Integer failureRateThreshold,
        Integer slidingWindow, Duration openFor) {

    public IdentityProperties {
        Objects.requireNonNull(url, "lead.identity.url");
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        failureRateThreshold = failureRateThreshold == null ? 50 : failureRateThreshold;
        slidingWindow = slidingWindow == null ? 10 : slidingWindow;
        openFor = openFor == null ? Duration.ofSeconds(10) : openFor;
    }
}
