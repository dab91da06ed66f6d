package com.anchang.support.http;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;

/**
 * The one way a service guards a synchronous call to another (where a user waits for the answer): one
 * circuit breaker with a time limiter per downstream. Calls run on virtual threads, a call slower than
 * the timeout is a failure, and a failure rate over the threshold (of the last {@code slidingWindow}
 * calls, counted once that many were made) opens the circuit for {@code openFor}: answers fail at once and
 * the downstream is left alone, then one trial call is let through.
 */
public final class DownstreamBreaker {

    private DownstreamBreaker() {
    }

    public static Customizer<Resilience4JCircuitBreakerFactory> settings(String name, Duration timeout,
            int slidingWindow, int failureRateThreshold, Duration openFor) {
        return factory -> {
            factory.configureExecutorService(Executors.newVirtualThreadPerTaskExecutor());
            factory.configure(builder -> builder
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout)
                            .cancelRunningFuture(true).build())
                    .circuitBreakerConfig(CircuitBreakerConfig.custom()
                            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                            .slidingWindowSize(slidingWindow)
                            .minimumNumberOfCalls(slidingWindow)
                            .failureRateThreshold(failureRateThreshold)
                            .waitDurationInOpenState(openFor)
                            .permittedNumberOfCallsInHalfOpenState(1)
                            .build()),
                    name);
        };
    }
}
