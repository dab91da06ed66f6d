package com.anchang.support.http;

import java.util.concurrent.Executors;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;

/**
 * The one way a service guards a synchronous call to another (where a user waits for the answer): one
 * circuit breaker with a time limiter per downstream, named for it, its settings Resilience4j's own
 * properties, in the service's application.yml where operators tune them with the documented keys:
 * {@code resilience4j.timelimiter.instances.<name>.timeout-duration} (a call slower than it is a failure)
 * and {@code resilience4j.circuitbreaker.instances.<name>.*} (a failure rate over
 * {@code failure-rate-threshold} of the last {@code sliding-window-size} calls, counted once
 * {@code minimum-number-of-calls} were made, opens the circuit for {@code wait-duration-in-open-state}:
 * answers fail at once and the downstream is left alone, then
 * {@code permitted-number-of-calls-in-half-open-state} trial calls are let through).
 */
public final class DownstreamBreaker {

    private DownstreamBreaker() {
    }

    /** Guarded calls run on virtual threads (a waiting call holds no platform thread). */
    public static Customizer<Resilience4JCircuitBreakerFactory> onVirtualThreads() {
        return factory -> factory.configureExecutorService(Executors.newVirtualThreadPerTaskExecutor());
    }
}
