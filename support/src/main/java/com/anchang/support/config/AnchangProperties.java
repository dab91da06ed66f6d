package com.anchang.support.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Technical settings shared by the services; defaults in anchang-defaults.yml. */
@ConfigurationProperties("anchang")
public record AnchangProperties(Events events, Outbox outbox, Mongo mongo, Jobs jobs) {

    public AnchangProperties {
        events = events == null ? new Events(null, 3, 1, 3, null) : events;
        outbox = outbox == null ? new Outbox(Duration.ofMinutes(5), Duration.ofSeconds(30)) : outbox;
        mongo = mongo == null ? new Mongo(false, null, null) : mongo;
        jobs = jobs == null ? new Jobs(null, null) : jobs;
    }

    /**
     * @param topic the topic this service produces to (none for a service that only consumes)
     * @param maxRetries attempts after the first before a record goes to the dead-letter topic
     * @param transientRetryInterval how often a record is tried again while the store or broker it needs cannot be
     *     reached; such a record is never dead-lettered (issue 17)
     */
    public record Events(String topic, int partitions, int replicas, int maxRetries, Duration transientRetryInterval) {

        public Events {
            transientRetryInterval = transientRetryInterval == null ? Duration.ofSeconds(2) : transientRetryInterval;
        }
    }

    public record Outbox(Duration sweepInterval, Duration sendTimeout) {
    }

    /**
     * @param embedded true when the store is the in-process wire-protocol server of the embedded default
     * @param serverSelectionTimeout how long a read or write waits for a reachable store before it fails (the
     *     driver's default is 30 s, longer than the gateway waits for an answer): a request then answers 503
     *     at once instead of hanging, and an event is retried (issue 17)
     * @param socketTimeout how long a read or write waits for the store's answer on a connection it already has (the
     *     driver's default is for ever): when the link to the store goes silent (packets lost, nothing refused or
     *     closed) a request answers 503 itself, before the gateway's 15 s, instead of holding its thread until the
     *     gateway gives up and after (issue 17, NetworkFaultsE2E); longer than any query the services make
     */
    public record Mongo(boolean embedded, Duration serverSelectionTimeout, Duration socketTimeout) {

        public Mongo {
            serverSelectionTimeout = serverSelectionTimeout == null ? Duration.ofSeconds(5) : serverSelectionTimeout;
            socketTimeout = socketTimeout == null ? Duration.ofSeconds(10) : socketTimeout;
        }
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
