package com.anchang.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.problem.TestRule;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.time.Duration;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class TransientTest {

    @Test
    @DisplayName("a store or broker out of reach is transient, however deeply the listener wrapped it")
    void outOfReachIsTransient() {
        assertThat(Transient.failure(new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("timed out", new MongoTimeoutException("no server"))))).isTrue();
        assertThat(Transient.failure(new MongoSocketOpenException("refused", new ServerAddress("localhost", 1)))).isTrue();
        assertThat(Transient.failure(new IllegalStateException("relay", new TimeoutException("broker")))).isTrue();
    }

    @Test
    @DisplayName("a refusal, a defect or a concurrent change is not: they keep the bounded retries and the dead-letter topic")
    void refusalsAndDefectsAreNot() {
        assertThat(Transient.failure(new RuleRefusedException(TestRule.UNIT_2, "held"))).isFalse();
        assertThat(Transient.failure(new IllegalStateException("bug"))).isFalse();
        assertThat(Transient.failure(new OptimisticLockingFailureException("lost the race"))).isFalse();
        assertThat(Transient.failure(new ListenerExecutionFailedException("listener failed", new NullPointerException())))
                .isFalse();
    }

    @Test
    @DisplayName("a transient failure is tried again at the interval without end")
    void triedWithoutEnd() {
        BackOff backOff = Transient.backOff(Duration.ofMillis(1500));
        BackOffExecution execution = backOff.start();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            assertThat(execution.nextBackOff()).isEqualTo(1500);
        }
    }
}
