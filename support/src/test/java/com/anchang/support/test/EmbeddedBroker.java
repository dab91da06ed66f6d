package com.anchang.support.test;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Starts a real Kafka broker (KRaft, one node, one partition per topic) inside the test JVM for one
 * test application context and points {@code spring.kafka.bootstrap-servers} and
 * {@code spring.embedded.kafka.brokers} at it. Stopped when the context closes. An initializer rather
 * than {@code @EmbeddedKafka}, so that a test class extending an embedded one can run the same tests
 * on other infrastructure ({@link ServiceContainersTest}) without an unused broker beside it.
 */
public class EmbeddedBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        String brokers = broker.getBrokersAsString();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-broker", Map.of(
                EmbeddedKafkaKraftBroker.BROKER_LIST_PROPERTY, brokers,
                "spring.kafka.bootstrap-servers", brokers)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                broker.destroy();
            }
        });
    }
}
