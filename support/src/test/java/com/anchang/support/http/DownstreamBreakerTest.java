package com.anchang.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.timelimiter.autoconfigure.TimeLimiterAutoConfiguration;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;

/** A downstream's breaker takes its settings from Resilience4j's own instance properties. */
class DownstreamBreakerTest {

    static final String TIMEOUT = "resilience4j.timelimiter.instances.stock.timeout-duration=";

    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CircuitBreakerAutoConfiguration.class,
                    TimeLimiterAutoConfiguration.class, Resilience4JAutoConfiguration.class))
            .withBean("breakersOnVirtualThreads", Customizer.class, DownstreamBreaker::onVirtualThreads);

    /**
     * Asks the "stock" downstream, which answers once {@code released} opens or {@code answersAfter} has
     * passed, whichever comes first; "no answer" when the breaker gives none. A silent downstream is one
     * that is never released within the test.
     */
    static String ask(CircuitBreaker breaker, CountDownLatch released, Duration answersAfter, AtomicInteger calls) {
        return breaker.run(() -> {
            calls.incrementAndGet();
            try {
                released.await(answersAfter.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "answer";
        }, failure -> "no answer");
    }

    static CircuitBreaker stock(org.springframework.context.ApplicationContext context) {
        return context.getBean(CircuitBreakerFactory.class).create("stock");
    }

    @Test
    @DisplayName("resilience4j.timelimiter.instances.<name>.timeout-duration decides how long a call may take, shorter or longer than Resilience4j's 1 s")
    void timeoutFromTheInstanceProperty() {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch silent = new CountDownLatch(1);
        service.withPropertyValues(TIMEOUT + "200ms").run(context -> {
            long started = System.nanoTime();
            assertThat(ask(stock(context), silent, Duration.ofSeconds(3), calls)).isEqualTo("no answer");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not Resilience4j's default 1 s")
                    .isLessThan(Duration.ofMillis(800));
        });
        silent.countDown();
        // a downstream that takes 1.5 s by design: longer than Resilience4j's default limit, within the property's
        service.withPropertyValues(TIMEOUT + "4s").run(context -> assertThat(
                ask(stock(context), new CountDownLatch(1), Duration.ofMillis(1500), calls)).isEqualTo("answer"));
    }

    @Test
    @DisplayName("resilience4j.circuitbreaker.instances.<name>.* decide when the circuit opens: after 2 failures of 2 here, the third call never reaches the downstream")
    void circuitFromTheInstanceProperties() {
        service.withPropertyValues(TIMEOUT + "100ms",
                "resilience4j.circuitbreaker.instances.stock.sliding-window-size=2",
                "resilience4j.circuitbreaker.instances.stock.minimum-number-of-calls=2",
                "resilience4j.circuitbreaker.instances.stock.wait-duration-in-open-state=1m").run(context -> {
            AtomicInteger calls = new AtomicInteger();
            CircuitBreaker breaker = stock(context);
            CountDownLatch silent = new CountDownLatch(1);
            assertThat(ask(breaker, silent, Duration.ofSeconds(1), calls)).isEqualTo("no answer");
            assertThat(ask(breaker, silent, Duration.ofSeconds(1), calls)).isEqualTo("no answer");

            CountDownLatch answering = new CountDownLatch(0);
            assertThat(ask(breaker, answering, Duration.ofSeconds(1), calls)).as("open: answered at once")
                    .isEqualTo("no answer");
            assertThat(calls).hasValue(2);
            silent.countDown();
        });
    }
}
