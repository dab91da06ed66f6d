package com.anchang.support.test;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real MongoDB (a one-node replica set, as production runs it) and a real Kafka broker in containers,
 * images pinned by tag, started once per test JVM (Testcontainers removes them when it ends) and shared
 * by every context; each service gets a database of its own. Points {@code spring.mongodb.uri},
 * {@code spring.kafka.bootstrap-servers} and {@code spring.embedded.kafka.brokers} (which tests written
 * for the embedded broker read) at them and turns the embedded-store settings off.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0.12");
    public static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.1");

    private static final MongoDBContainer MONGO = new MongoDBContainer(MONGO_IMAGE);
    private static final KafkaContainer KAFKA = new KafkaContainer(KAFKA_IMAGE);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Startables.deepStart(MONGO, KAFKA).join();
        String database = context.getEnvironment().getProperty("spring.application.name", "test").replace('-', '_');
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("real-infrastructure", Map.of(
                "spring.mongodb.uri", MONGO.getReplicaSetUrl(database),
                "anchang.mongo.embedded", "false",
                "spring.kafka.bootstrap-servers", KAFKA.getBootstrapServers(),
                "spring.embedded.kafka.brokers", KAFKA.getBootstrapServers())));
    }
}
