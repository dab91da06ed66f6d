package com.anchang.transaction.adapter.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach inventory-service. How long to wait for it and when to leave it alone are the settings
 * of its circuit breaker and time limiter, Resilience4j's own
 * ({@code resilience4j.*.instances.inventory-service}, see support.http.DownstreamBreaker).
 *
 * @param url base URL of inventory-service
 * @param connectTimeout TCP connect timeout
 */
@ConfigurationProperties("transaction.inventory")
public record InventoryProperties(URI url, Duration connectTimeout) {

    public InventoryProperties {
        Objects.requireNonNull(url, "transaction.inventory.url");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
    }
}
