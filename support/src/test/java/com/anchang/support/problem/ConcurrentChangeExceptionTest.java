package com.anchang.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcurrentChangeExceptionTest {

    @Test
    @DisplayName("a step that lost the race is run again, and its later answer is the answer")
    void retriesUntilTheStepWins() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = ConcurrentChangeException.retrying(5, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrentChangeException("lost");
            }
            return "won on attempt " + attempts.get();
        });

        assertThat(answer).isEqualTo("won on attempt 3");
    }

    @Test
    @DisplayName("retries are bounded: the last conflict is reported")
    void givesUpAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ConcurrentChangeException.retrying(4, () -> {
            attempts.incrementAndGet();
            throw new ConcurrentChangeException("always lost");
        })).isInstanceOf(ConcurrentChangeException.class);
        assertThat(attempts).hasValue(4);
    }

    @Test
    @DisplayName("a rule refusal is not retried")
    void refusalsAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ConcurrentChangeException.retrying(4, () -> {
            attempts.incrementAndGet();
            throw new RuleRefusedException(TestRule.UNIT_2, "held");
        })).isInstanceOf(RuleRefusedException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    @DisplayName("every lost compare-and-set is counted in anchang.writes.conflicts, tagged with its collection")
    void conflictsAreCounted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Metrics.addRegistry(meters);
        try {
            AtomicInteger attempts = new AtomicInteger();
            ConcurrentChangeException.retrying(5, () -> {
                if (attempts.incrementAndGet() < 3) {
                    throw new ConcurrentChangeException("counted_things", "lost");
                }
                return "won";
            });
            assertThatThrownBy(() -> ConcurrentChangeException.retrying(2, () -> {
                throw new ConcurrentChangeException("lost, collection not said");
            })).isInstanceOf(ConcurrentChangeException.class);

            assertThat(meters.counter(ConcurrentChangeException.CONFLICTS, "collection", "counted_things").count())
                    .isEqualTo(2);
            assertThat(meters.counter(ConcurrentChangeException.CONFLICTS, "collection", "unknown").count())
                    .isEqualTo(2);
        } finally {
            Metrics.removeRegistry(meters);
        }
    }
}
