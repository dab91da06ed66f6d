package com.anchang.dashboard.adapter.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;

/**
 * Forgets how far the service's consumer group has read, so that it reads every topic from its start
 * ({@code auto-offset-reset: earliest}): the replay of a rebuilt read model (ADR 17, ADR 24).
 */
public class ConsumerGroupReset implements Runnable {

    private final Map<String, Object> kafka;
    private final String group;

    /**
     * @param kafka the admin client's settings (bootstrap servers)
     * @param group the consumer group whose offsets are deleted
     */
    public ConsumerGroupReset(Map<String, Object> kafka, String group) {
        this.kafka = kafka;
        this.group = group;
    }

    /** Deletes the group (it must have no members: every instance stopped); waits up to a minute for the broker. */
    @Override
    public void run() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Admin admin = Admin.create(kafka)) {
            while (true) {
                try {
                    admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        return; // never consumed: it starts from the beginning anyway
                    }
                    if (e.getCause() instanceof GroupNotEmptyException && System.nanoTime() > deadline) {
                        throw new IllegalStateException("the consumer group " + group + " still has members: stop every"
                                + " instance of dashboard-service to upgrade its store (ADR 24)", e.getCause());
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("could not delete the consumer group " + group + " to replay"
                                + " the topics: " + e.getCause(), e.getCause());
                    }
                } catch (TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the broker did not answer deleting the consumer group " + group, e);
                    }
                }
                Thread.sleep(500); // a member leaving the group, or the broker coming up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deleting the consumer group " + group, e);
        }
    }
}
