package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WireMock standing in for inventory-service's HTTP API (sales control). The integration tests of
 * this service extend it, so they share one application context (one embedded broker) and one fake;
 * each test stubs what it asks for.
 */
abstract class FakeInventory {

    /** The time limiter: generous, because the first call through Feign in a cold test JVM takes a second or two. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final int WINDOW = 4;
    static final WireMockServer INVENTORY = new WireMockServer(options().dynamicPort());

    static {
        INVENTORY.start();
        Runtime.getRuntime().addShutdownHook(new Thread(INVENTORY::stop));
    }

    @DynamicPropertySource
    static void inventory(DynamicPropertyRegistry registry) {
        registry.add("transaction.inventory.url", INVENTORY::baseUrl);
        // Resilience4j's own keys for the inventory-service breaker (application.yml says 2 s and 10 calls)
        registry.add("resilience4j.timelimiter.instances.inventory-service.timeout-duration", TIMEOUT::toString);
        registry.add("resilience4j.circuitbreaker.instances.inventory-service.sliding-window-size", () -> WINDOW);
        registry.add("resilience4j.circuitbreaker.instances.inventory-service.minimum-number-of-calls", () -> WINDOW);
    }
}
