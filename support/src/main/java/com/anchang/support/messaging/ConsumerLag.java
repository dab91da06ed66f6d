package com.anchang.support.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * How many records of the topics this service consumes its consumer group has not yet processed: per
 * partition, the end of the log minus the group's committed offset (a record's offset is committed
 * once its handler returned, so a record being handled still counts). Asked by the simulated clock's
 * settling (ADR 11); one Kafka admin client, made at the first question and kept.
 */
public class ConsumerLag implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<Admin> admins;
    private final String group;
    private final Set<String> topics;
    private final Map<String, List<TopicPartition>> partitions = new ConcurrentHashMap<>();
    private volatile Admin admin;

    /**
     * @param admins makes the admin client (from the service's Kafka settings)
     * @param group the consumer group of the service's listener
     * @param topics the topics it consumes
     */
    public ConsumerLag(Supplier<Admin> admins, String group, Set<String> topics) {
        this.admins = admins;
        this.group = group;
        this.topics = Set.copyOf(topics);
    }

    /** The records not yet processed, over every partition of the consumed topics (0 when it consumes none). */
    public long total() {
        if (topics.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (String topic : topics) {
            partitionsOf(topic).forEach(partition -> ends.put(partition, OffsetSpec.latest()));
        }
        if (ends.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetAndMetadata> committed =
                await(admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = await(admin().listOffsets(ends).all());
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> entry : end.entrySet()) {
            OffsetAndMetadata done = committed.get(entry.getKey());
            lag += Math.max(0, entry.getValue().offset() - (done == null ? 0 : done.offset()));
        }
        return lag;
    }

    /** A topic's partitions, remembered once known; none while the topic does not exist (nothing to consume yet). */
    private List<TopicPartition> partitionsOf(String topic) {
        List<TopicPartition> known = partitions.get(topic);
        if (known != null) {
            return known;
        }
        try {
            TopicDescription description = await(admin().describeTopics(List.of(topic)).topicNameValues().get(topic));
            List<TopicPartition> found = description.partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            partitions.put(topic, found);
            return found;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw e;
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = admins.get();
                }
                current = admin;
            }
        }
        return current;
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka for the consumer lag", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("asking Kafka for the consumer lag failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not tell the consumer lag within " + TIMEOUT.toSeconds() + " s", e);
        }
    }

    @Override
    public void close() {
        Admin current = admin;
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
    }
}
