package com.anchang.support.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the link to the Kafka broker ({@code kafka} in {@code /actuator/health}): UP while the cluster
 * answers within {@code timeout}, DOWN while it does not (issue 17: health turns DOWN and UP truthfully).
 * It is not part of the readiness group: a service keeps answering while the broker is away, its outbox
 * keeps the events until the broker is back, so the gateway should keep routing to it.
 */
public class BrokerHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private volatile AdminClient admin;

    public BrokerHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        super("Kafka broker health check failed");
        this.adminConfig = Map.copyOf(adminConfig);
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin().describeCluster(
                new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        int nodes = cluster.nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .withDetail("nodes", nodes);
    }

    private AdminClient admin() {
        AdminClient client = admin;
        if (client == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new java.util.HashMap<>(adminConfig);
                    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-" + config.getOrDefault(
                            AdminClientConfig.CLIENT_ID_CONFIG, "anchang"));
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    admin = AdminClient.create(config);
                }
                client = admin;
            }
        }
        return client;
    }

    @Override
    public void destroy() {
        AdminClient client = admin;
        if (client != null) {
            client.close(Duration.ofSeconds(1));
        }
    }
}
