package com.anchang.support.config;

import com.anchang.events.Topics;
import com.anchang.support.messaging.BrokerHealthIndicator;
import com.anchang.support.messaging.EventDispatcher;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.Transient;
import com.anchang.support.mongo.EmbeddedMongoHealthIndicator;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.outbox.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The event backbone of a service that owns a MongoDB database and talks through Kafka: the outbox
 * and its relay, the dispatcher of incoming events with bounded retries and a dead-letter topic,
 * the service's topics, and the health check of the embedded store.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, MongoAutoConfiguration.class})
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@EnableKafka
public class StoreAndEventsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreAndEventsAutoConfiguration.class);

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer) {
        return new TraceContext(tracer);
    }

    @Bean
    Outbox outbox(Clock clock, TraceContext traceContext) {
        return new Outbox(clock, traceContext);
    }

    @Bean
    @ConditionalOnBean(OutboxCollection.class)
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
            List<OutboxCollection> collections, AnchangProperties properties, MeterRegistry meters) {
        return new OutboxRelay(mongo, kafka, collections.stream().map(OutboxCollection::name).toList(),
                properties.outbox().sweepInterval(), properties.outbox().sendTimeout(), meters);
    }

    @Bean
    EventDispatcher eventDispatcher(List<EventHandler<?>> handlers, MeterRegistry meters, Clock clock) {
        return new EventDispatcher(handlers, meters, clock);
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    ConcurrentMessageListenerContainer<Object, Object> eventListenerContainer(
            ConcurrentKafkaListenerContainerFactory<Object, Object> factory, EventDispatcher dispatcher) {
        ConcurrentMessageListenerContainer<Object, Object> container =
                factory.createContainer(dispatcher.topics().toArray(String[]::new));
        container.setupMessageListener(dispatcher);
        return container;
    }

    /** Bounded retries with backoff, then the record goes to this service's dead-letter topic with the reason. */
    @Bean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, String> kafka, AnchangProperties properties,
            MeterRegistry meters, @Value("${spring.application.name}") String service) {
        String deadLetterTopic = Topics.deadLetter(service);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> {
                    meters.counter("anchang.events.dead-lettered", "topic", record.topic()).increment();
                    Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
                    log.error("dead-lettering record {}-{}@{} to {}: {}", record.topic(), record.partition(),
                            record.offset(), deadLetterTopic, cause.toString(), cause);
                    return new TopicPartition(deadLetterTopic, -1);
                });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.events().maxRetries());
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(2_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        // a store or broker that cannot be reached is waited for, never dead-lettered: the event is applied once it
        // is back (the partition waits behind it, as it must to keep the order); a refusal below is not retried
        handler.setBackOffFunction((record, exception) -> Transient.failure(exception)
                ? Transient.backOff(properties.events().transientRetryInterval()) : null);
        handler.setRetryListeners((record, exception, attempt) -> {
            if (Transient.failure(exception)) {
                log.warn("applying {}-{}@{} waits for the store or broker (attempt {}): {}", record.topic(),
                        record.partition(), record.offset(), attempt, exception.getMessage());
            }
        });
        // deterministic refusals: retrying cannot change the answer
        handler.addNotRetryableExceptions(com.anchang.support.messaging.PoisonEventException.class,
                com.anchang.support.problem.RuleRefusedException.class,
                com.anchang.support.problem.InvalidInputException.class);
        return handler;
    }

    /**
     * A store that cannot be reached fails a read or write after {@code anchang.mongo.server-selection-timeout}; one
     * that stopped answering on a connection already open (a silent link) after {@code anchang.mongo.socket-timeout}.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(AnchangProperties properties) {
        long selectionMillis = properties.mongo().serverSelectionTimeout().toMillis();
        long socketMillis = properties.mongo().socketTimeout().toMillis();
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(selectionMillis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.readTimeout(socketMillis, TimeUnit.MILLISECONDS));
    }

    @Bean
    KafkaAdmin.NewTopics anchangTopics(AnchangProperties properties, @Value("${spring.application.name}") String service) {
        var events = properties.events();
        var deadLetter = TopicBuilder.name(Topics.deadLetter(service)).partitions(1).replicas(events.replicas()).build();
        if (events.topic() == null || events.topic().isBlank()) {
            return new KafkaAdmin.NewTopics(deadLetter);
        }
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(events.topic()).partitions(events.partitions()).replicas(events.replicas()).build(),
                deadLetter);
    }

    /** {@code kafka} in the health: whether the broker answers (not part of readiness, see the class). */
    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    BrokerHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new BrokerHealthIndicator(kafkaAdmin.getConfigurationProperties(), Duration.ofSeconds(2));
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnProperty(name = "anchang.mongo.embedded", havingValue = "true")
    EmbeddedMongoHealthIndicator embeddedMongoHealthIndicator(MongoTemplate mongo) {
        return new EmbeddedMongoHealthIndicator(mongo);
    }
}
