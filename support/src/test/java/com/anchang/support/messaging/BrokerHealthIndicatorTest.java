package com.anchang.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class BrokerHealthIndicatorTest {

    @Test
    @DisplayName("a broker that does not answer is DOWN within the timeout, not after the client's default minute")
    void brokerAwayIsDown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        BrokerHealthIndicator indicator = new BrokerHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port), Duration.ofMillis(800));
        try {
            long start = System.nanoTime();
            Health health = indicator.health(true);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(tookMillis).isLessThan(10_000);
        } finally {
            indicator.destroy();
        }
    }
}
