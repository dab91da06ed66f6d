package com.anchang.support.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Technical settings shared by the services; defaults in anchang-defaults.yml. */
@ConfigurationProperties("anchang")
public record AnchangProperties(Events events, Outbox outbox, Mongo mongo, Jobs jobs) {

    public AnchangProperties {
        events = events == null ? new Events(null, 3, 1, 3) : events;
        outbox = outbox == null ? new Outbox(Duration.ofMinutes(5), Duration.ofSeconds(30)) : outbox;
        mongo = mongo == null ? new Mongo(false) : mongo;
        jobs = jobs == null ? new Jobs(null, null) : jobs;
    }

    /**
     * @param topic the topic this service produces to (none for a service that only consumes)
     * @param maxRetries attempts after the first before a record goes to the dead-letter topic
     */
    public record Events(String topic, int partitions, int replicas, int maxRetries) {
    }

    public record Outbox(Duration sweepInterval, Duration sendTimeout) {
    }

    /** @param embedded true when the store is the in-process wire-protocol server of the embedded default */
    public record Mongo(boolean embedded) {
    }

    /**
     * The locks of the periodic jobs (support.scheduling).
     *
     * @param lockAtMostFor how long a run may hold its job's lock: longer than any run, and how long a due
     *     run waits when the instance holding the lock died
     * @param lockAtLeastFor how long a lock is held even after a short run (at most half a job's interval),
     *     so an instance a little late asks for the same run while the lock is still held
     */
    public record Jobs(Duration lockAtMostFor, Duration lockAtLeastFor) {

        public Jobs {
            lockAtMostFor = lockAtMostFor == null ? Duration.ofMinutes(5) : lockAtMostFor;
            lockAtLeastFor = lockAtLeastFor == null ? Duration.ofSeconds(5) : lockAtLeastFor;
        }
    }
}
