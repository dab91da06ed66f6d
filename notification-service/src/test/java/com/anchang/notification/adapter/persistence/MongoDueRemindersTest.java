package com.anchang.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.domain.DueReminders;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The due queue on the embedded store, over TCP with the real driver. */
class MongoDueRemindersTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoDueReminders queue;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        queue = new MongoDueReminders(new MongoTemplate(client, "notifications"), Duration.ofMinutes(1), 2,
                Duration.ofDays(1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    @DisplayName("the dispatch's next work is the earliest entry after now, across pages and buckets, not one already due")
    void nextWorkIsTheEarliestEntryAfterNow() {
        assertThat(queue.nextAfter(NOW)).isEmpty();

        queue.enter("deal-1", "r-1", NOW.minusSeconds(30));               // due already: not next work
        queue.enter("deal-2", "r-2", Instant.parse("2026-03-04T02:00:00Z"));
        queue.enter("deal-3", "r-3", Instant.parse("2026-03-04T02:00:40Z"));
        queue.enter("deal-4", "r-4", Instant.parse("2026-03-04T02:00:20Z")); // the same bucket's second page
        queue.enter("deal-5", "r-5", NOW.plusSeconds(10));                // later in the bucket of now

        assertThat(queue.nextAfter(NOW)).contains(NOW.plusSeconds(10));
        assertThat(queue.nextAfter(NOW.plusSeconds(10))).contains(Instant.parse("2026-03-04T02:00:00Z"));
        assertThat(queue.nextAfter(Instant.parse("2026-03-04T02:00:00Z"))).contains(Instant.parse("2026-03-04T02:00:20Z"));
        assertThat(queue.nextAfter(Instant.parse("2026-03-04T02:00:40Z"))).isEmpty();
    }

    @Test
    @DisplayName("NOTE-4: a page dealt with while a reminder was entered into it keeps that reminder for the next run")
    void aPageThatGrewAfterItWasReadIsKept() {
        queue.enter("deal-1", "r-1", NOW.minusSeconds(30));
        DueReminders.Page read = queue.dueBy(NOW).buckets().getFirst().pages().getFirst();
        queue.enter("deal-2", "r-2", NOW.minusSeconds(20));

        queue.done(read);

        assertThat(queue.dueBy(NOW).buckets().getFirst().pages()).singleElement()
                .satisfies(page -> assertThat(page.entries()).extracting(DueReminders.Entry::reminderId)
                        .containsExactly("r-1", "r-2"));
        queue.done(queue.dueBy(NOW).buckets().getFirst().pages().getFirst());
        assertThat(queue.dueBy(NOW).buckets().getFirst().pages()).isEmpty();
    }

    @Test
    @DisplayName("NOTE-4: a bucket dealt with while a reminder was entered into it keeps that reminder for the next run")
    void aBucketThatGrewAfterItWasReadIsKept() {
        Instant past = NOW.minus(Duration.ofHours(1));
        queue.enter("deal-1", "r-1", past);
        DueReminders.Due due = queue.dueBy(NOW);
        DueReminders.Bucket read = due.buckets().getFirst();
        queue.done(read.pages().getFirst());
        queue.enter("deal-2", "r-2", past.plusSeconds(5));                 // entered between the page and the bucket

        assertThat(queue.done(read)).isFalse();
        queue.caughtUp(due.from(), read.start());

        assertThat(queue.dueBy(NOW).buckets()).singleElement()
                .satisfies(bucket -> assertThat(bucket.pages()).flatExtracting(DueReminders.Page::entries)
                        .extracting(DueReminders.Entry::reminderId).containsExactly("r-2"));
        DueReminders.Bucket again = queue.dueBy(NOW).buckets().getFirst();
        queue.done(again.pages().getFirst());
        assertThat(queue.done(again)).isTrue();
        assertThat(queue.dueBy(NOW).buckets()).isEmpty();
    }
}
