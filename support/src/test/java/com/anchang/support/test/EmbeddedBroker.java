package com.anchang.support.test;

import java.util.Map;
import java.util.Properties;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
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
        // the broker also publishes its address as JVM-wide system properties; with two test contexts in one
        // JVM the later broker's would shadow the earlier context's own, so only the context's properties count
        Properties before = (Properties) System.getProperties().clone();
        broker.afterPropertiesSet();
        restoreSystemProperties(before);
        String brokers = broker.getBrokersAsString();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-broker", Map.of(
                EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS, brokers,
                "spring.kafka.bootstrap-servers", brokers)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                broker.destroy();
            }
        });
    }

    private static void restoreSystemProperties(Properties before) {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (!before.containsKey(name)) {
                System.clearProperty(name);
            }
        }
        before.stringPropertyNames().forEach(name -> System.setProperty(name, before.getProperty(name)));
    }
}
