package com.anchang.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.support.config.PeriodicJobsAutoConfiguration;
import com.anchang.support.config.ServiceAutoConfiguration;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Two instances of a service (two application contexts with their own scheduler and lock provider)
 * sharing one in-process MongoDB database, running the same periodic job.
 */
class PeriodicJobsTest {

    MongoServer mongo;
    String uri;

    @BeforeEach
    void start() {
        mongo = new MongoServer(new MemoryBackend());
        uri = "mongodb://127.0.0.1:" + mongo.bind().getPort() + "/service";
    }

    @AfterEach
    void stop() {
        mongo.shutdownNow();
    }

    ApplicationContextRunner instance(PeriodicJob job, String lockAtMostFor) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                        ServiceAutoConfiguration.class, PeriodicJobsAutoConfiguration.class,
                        TaskSchedulingAutoConfiguration.class))
                .withPropertyValues("spring.mongodb.uri=" + uri, "anchang.jobs.lock-at-most-for=" + lockAtMostFor,
                        "anchang.jobs.lock-at-least-for=5s")
                .withBean(SimpleMeterRegistry.class)
                .withBean(PeriodicJob.class, () -> job);
    }

    static double count(MeterRegistry meters, String name, String job) {
        var counter = meters.find(name).tag("job", job).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @DisplayName("two instances run the same job: each due run (one every second) is done by one of them, never by both; the runs are counted")
    void eachDueRunOnceInTotal() {
        Queue<Long> runSlots = new ConcurrentLinkedQueue<>();
        PeriodicJob tick = PeriodicJob.every("tick", Duration.ofSeconds(1), now -> {
            runSlots.add(Math.round(now.toEpochMilli() / 1000.0));
            return "";
        });

        instance(tick, "1m").run(first -> instance(tick, "1m").run(second -> {
            await().atMost(Duration.ofSeconds(20)).until(() -> runSlots.size() >= 6);

            List<Long> slots = List.copyOf(runSlots);
            assertThat(slots).doesNotHaveDuplicates();
            assertThat(count(first.getBean(MeterRegistry.class), "anchang.jobs.runs", "tick")
                    + count(second.getBean(MeterRegistry.class), "anchang.jobs.runs", "tick"))
                    .isGreaterThanOrEqualTo(6);
        }));
    }

    @Test
    @DisplayName("an instance that took the job's lock and never gave it back (died mid-run) holds the job up to lock-at-most-for; then the other instance takes over")
    void theOtherTakesOverWhenTheHolderDies() {
        CountDownLatch holderDead = new CountDownLatch(1);
        AtomicInteger holderRuns = new AtomicInteger();
        Queue<Instant> takeovers = new ConcurrentLinkedQueue<>();
        PeriodicJob dying = PeriodicJob.every("sweep", Duration.ofMillis(500), now -> {
            holderRuns.incrementAndGet();
            try {
                holderDead.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "";
        });
        PeriodicJob surviving = PeriodicJob.every("sweep", Duration.ofMillis(500), now -> {
            takeovers.add(now);
            return "";
        });

        try {
            instance(dying, "4s").run(holder -> {
                await().atMost(Duration.ofSeconds(5)).until(() -> holderRuns.get() == 1);
                Instant locked = Instant.now();
                instance(surviving, "4s").run(other -> {
                    assertThat(other.getBean(PeriodicJobs.class).runIfFree("sweep")).as("asked at once").isFalse();
                    await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(3)).until(takeovers::isEmpty);
                    await().atMost(Duration.ofSeconds(6)).until(() -> takeovers.size() >= 2);

                    assertThat(takeovers.peek()).isAfter(locked.plusMillis(3500));
                    assertThat(holderRuns).hasValue(1);
                    holderDead.countDown();
                });
            });
        } finally {
            holderDead.countDown();
        }
    }

    @Test
    @DisplayName("a run that fails is logged and counted (anchang.jobs.failed) and the next due run happens as usual")
    void aFailedRunDoesNotStopTheNext() {
        AtomicInteger calls = new AtomicInteger();
        PeriodicJob flaky = PeriodicJob.every("flaky", Duration.ofMillis(200), now -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the store is away");
            }
            return "ran";
        });

        instance(flaky, "1m").run(service -> {
            await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() >= 3);

            MeterRegistry meters = service.getBean(MeterRegistry.class);
            assertThat(count(meters, "anchang.jobs.failed", "flaky")).isEqualTo(1);
            assertThat(count(meters, "anchang.jobs.runs", "flaky")).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    @DisplayName("on the simulated clock, runDue runs every job due in the step, earliest first, each once, even right after its last run (no lock held past a run); a job with nothing waiting is not run")
    void runDueOnTheSimulatedClock() {
        Queue<String> runs = new ConcurrentLinkedQueue<>();
        PeriodicJob daily = PeriodicJob.cron("daily", "0 0 10 * * *", ZoneId.of("Asia/Shanghai"), now -> {
            runs.add("daily@" + now);
            return "";
        });
        // intervals of a day: the real scheduler stays out of the way while the test runs
        PeriodicJob sweep = PeriodicJob.every("sweep", Duration.ofDays(1), now -> {
            runs.add("sweep@" + now);
            return "";
        }).withNextWork(now -> Optional.empty());
        PeriodicJob deadline = PeriodicJob.every("deadline", Duration.ofDays(1), now -> {
            runs.add("deadline");
            return "";
        }).withNextWork(now -> Optional.of(Instant.parse("2026-03-02T01:30:00Z")));

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                        ServiceAutoConfiguration.class, PeriodicJobsAutoConfiguration.class,
                        TaskSchedulingAutoConfiguration.class))
                .withPropertyValues("spring.mongodb.uri=" + uri, "anchang.clock.simulated=true",
                        "anchang.clock.start=2026-03-02T09:00+08:00")
                .withBean(SimpleMeterRegistry.class)
                .withBean("daily", PeriodicJob.class, () -> daily)
                .withBean("sweep", PeriodicJob.class, () -> sweep)
                .withBean("deadline", PeriodicJob.class, () -> deadline)
                .run(service -> {
                    PeriodicJobs jobs = service.getBean(PeriodicJobs.class);
                    Instant start = Instant.parse("2026-03-02T01:00:00Z");

                    List<String> first = jobs.runDue(start, Instant.parse("2026-03-02T02:00:00Z"));
                    List<String> again = jobs.runDue(start, Instant.parse("2026-03-02T02:00:00Z"));

                    assertThat(first).containsExactly("deadline", "daily");
                    assertThat(again).as("at once, the lock not held past the run").containsExactly("deadline", "daily");
                    assertThat(runs).hasSize(4).noneMatch(run -> run.startsWith("sweep"));
                    assertThat(jobs.nextDue(start)).containsEntry("sweep", Optional.empty())
                            .containsEntry("daily", Optional.of(Instant.parse("2026-03-02T02:00:00Z")));
                    assertThat(jobs.running()).isZero();
                });
    }
}
