package com.anchang.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The job locks on the in-process MongoDB server the embedded default and the tests use. */
class MongoJobLocksTest {

    MongoServer server;
    MongoClient client;
    MongoCollection<Document> collection;
    List<String> failedCommands = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        int port = server.bind().getPort();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandFailed(CommandFailedEvent event) {
                        failedCommands.add(event.getCommandName() + ": " + event.getThrowable());
                    }
                }).build());
        collection = client.getDatabase("service").getCollection("job_locks");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    static LockConfiguration lock(String name, Duration atMost) {
        return new LockConfiguration(ClockProvider.now(), name, atMost, Duration.ZERO);
    }

    @Test
    @DisplayName("of two instances asking for a job's lock at once (first time and later), exactly one gets it; no command fails on the server")
    void oneHolderAtATime() throws Exception {
        MongoJobLocks first = new MongoJobLocks(collection);
        MongoJobLocks second = new MongoJobLocks(collection);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                List<Future<Optional<SimpleLock>>> asks = IntStream.range(0, 2)
                        .mapToObj(i -> pool.submit(() -> (i == 0 ? first : second).lock(lock("hold-expiry", Duration.ofMinutes(1)))))
                        .toList();
                List<SimpleLock> holders = asks.stream().map(MongoJobLocksTest::get).flatMap(Optional::stream).toList();

                assertThat(holders).as("round %d", round).hasSize(1);
                holders.getFirst().unlock();
            }
        }
        assertThat(collection.countDocuments()).isEqualTo(1);
        assertThat(failedCommands).isEmpty();
    }

    @Test
    @DisplayName("a lock whose holder never released it is free after lock-at-most-for; the late holder's release does not free the lock taken since")
    void expiryAndOnlyTheHolderReleases() {
        MongoJobLocks dead = new MongoJobLocks(collection);
        MongoJobLocks other = new MongoJobLocks(collection);
        // 5 s: long enough that the other's first try comes before the expiry on a loaded machine (it failed with 2 s
        // at load ~30), short enough to wait for
        SimpleLock stale = dead.lock(lock("lapse", Duration.ofSeconds(5))).orElseThrow();
        assertThat(other.lock(lock("lapse", Duration.ofMinutes(1)))).isEmpty();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> collection.find().first().getDate("lockUntil").toInstant().isBefore(Instant.now()));
        Optional<SimpleLock> takenOver = other.lock(lock("lapse", Duration.ofMinutes(1)));
        stale.unlock();

        assertThat(takenOver).isPresent();
        assertThat(dead.lock(lock("lapse", Duration.ofMinutes(1)))).as("still held by the other").isEmpty();
        takenOver.get().unlock();
        assertThat(dead.lock(lock("lapse", Duration.ofMinutes(1)))).isPresent();
        assertThat(failedCommands).isEmpty();
    }

    @Test
    @DisplayName("an instance restarted after a kill -9 during a run (same host and port) takes its job's lock back at "
            + "once instead of waiting lock-at-most-for; another instance still waits (issue 17's day under faults)")
    void aRestartedInstanceTakesBackWhatItsKilledRunHeld() {
        MongoJobLocks killed = new MongoJobLocks(collection, "host-a:8084");
        assertThat(killed.lock(lock("due-reminders", Duration.ofMinutes(5)))).isPresent(); // never released: killed
        assertThat(new MongoJobLocks(collection, "host-b:8084").lock(lock("due-reminders", Duration.ofMinutes(5))))
                .as("another instance waits for lock-at-most-for").isEmpty();

        MongoJobLocks restarted = new MongoJobLocks(collection, "host-a:8084");

        Optional<SimpleLock> taken = restarted.lock(lock("due-reminders", Duration.ofMinutes(5)));
        assertThat(taken).as("the restarted instance runs the job now").isPresent();
        assertThat(new MongoJobLocks(collection).lock(lock("due-reminders", Duration.ofMinutes(5))))
                .as("held by the restarted instance's run").isEmpty();
        taken.get().unlock();
        assertThat(failedCommands).isEmpty();
    }

    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
