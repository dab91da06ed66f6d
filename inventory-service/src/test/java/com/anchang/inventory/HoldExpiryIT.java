package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.HoldExpired;
import com.anchang.inventory.application.ExpiringHolds;
import com.anchang.inventory.domain.ExpiryCalendar;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.config.PeriodicJobsAutoConfiguration;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.scheduling.MongoJobLocks;
import com.anchang.support.scheduling.PeriodicJobs;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** UNIT-3: lapsed holds go back on sale by themselves, once, however many sweeps run at once. */
@ServiceIntegrationTest
class HoldExpiryIT {

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    UnitFixtures fixtures;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    ExpiringHolds sweeper;
    @Autowired
    UnitRepository units;
    @Autowired
    ExpiryCalendar calendar;
    @Autowired
    PeriodicJobs jobs;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void fixtures() {
        fixtures = new UnitFixtures(server, kafka);
    }

    Map<String, Object> unit(String unitId) {
        return server.as(CONSULTANT.token()).get("/api/inventory/units/" + unitId).map();
    }

    @Test
    @DisplayName("UNIT-3: holds past their deadline return to AVAILABLE; two sweeps at once and a third after release each unit once with one inventory.hold-expired; a reserved unit stays")
    void expiredHoldsReleasedOnceByConcurrentSweeps() throws Exception {
        String buildingId = fixtures.building();
        List<String> held = Stream.of("-101", "-102", "-201").map(s -> buildingId + s).toList();
        String reserved = buildingId + "-202";
        Instant before = Instant.now();
        for (String unitId : held) {
            assertThat(fixtures.hold(unitId, "deal-" + unitId).status()).isEqualTo(200);
        }
        assertThat(fixtures.hold(reserved, "deal-R").status()).isEqualTo(200);
        fixtures.reserve(reserved, "deal-R");
        Instant deadline = Instant.parse(unit(held.get(0)).get("holdExpiresAt").toString());
        assertThat(Duration.between(before, deadline)).as("office policy: 48 h").isBetween(Duration.ofHours(48),
                Duration.ofHours(48).plusMinutes(1));

        assertThat(sweeper.sweep(deadline.minusSeconds(3600))).as("nothing due an hour early").isZero();
        assertThat(held).allSatisfy(u -> assertThat(unit(u)).containsEntry("status", "HELD"));

        Instant later = deadline.plusSeconds(7200);
        ExpiringHolds secondInstance = new ExpiringHolds(units, calendar, Duration.ofDays(7), e -> { });
        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY);
                ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CountDownLatch start = new CountDownLatch(1);
            Future<Integer> a = pool.submit(() -> {
                start.await();
                return sweeper.sweep(later);
            });
            Future<Integer> b = pool.submit(() -> {
                start.await();
                return secondInstance.sweep(later);
            });
            start.countDown();
            int together = a.get() + b.get();
            int again = sweeper.sweep(later);

            assertThat(together).as("released by the two at once (and any other test's lapsed holds)")
                    .isGreaterThanOrEqualTo(held.size());
            assertThat(again).isZero();
            assertThat(held).allSatisfy(u -> assertThat(unit(u)).containsEntry("status", "AVAILABLE")
                    .containsEntry("heldForDeal", null));
            assertThat(unit(reserved)).containsEntry("status", "RESERVED");

            Set<String> ours = Set.copyOf(held);
            List<ConsumerRecord<String, String>> expired = capture.awaitCount(r -> ours.contains(r.key())
                    && HoldExpired.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), held.size());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> capture.ofType(HoldExpired.TYPE)
                    .stream().filter(r -> ours.contains(r.key())).count() == held.size());
            assertThat(expired.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(ours);
            HoldExpired event = EventJson.read(expired.getFirst().value(), HoldExpired.class);
            assertThat(event.dealId()).isEqualTo("deal-" + event.unitId());
            assertThat(event.releasedAt()).isEqualTo(later);
        }
    }

    @Test
    @DisplayName("UNIT-3: a unit held again after its first hold lapsed keeps the new hold when the old hour is swept")
    void aNewHoldIsNotExpiredByTheOldEntry() {
        String unitId = fixtures.building() + "-101";
        fixtures.hold(unitId, "deal-old");
        Instant deadline = Instant.parse(unit(unitId).get("holdExpiresAt").toString());
        assertThat(sweeper.sweep(deadline)).isPositive();
        Answer again = fixtures.hold(unitId, "deal-new");

        sweeper.sweep(deadline);

        assertThat(again.status()).isEqualTo(200);
        assertThat(unit(unitId)).containsEntry("status", "HELD").containsEntry("heldForDeal", "deal-new");
    }

    @Test
    @DisplayName("UNIT-3 on the simulated clock (ADR 11): the sweep names the earliest deadline of a unit still held as its next work; a hold that has expired is named no more")
    void sweepNamesTheEarliestDeadline() {
        String buildingId = fixtures.building();
        fixtures.hold(buildingId + "-101", "deal-first");
        Instant first = Instant.parse(unit(buildingId + "-101").get("holdExpiresAt").toString());
        fixtures.hold(buildingId + "-102", "deal-second");
        Instant second = Instant.parse(unit(buildingId + "-102").get("holdExpiresAt").toString());

        assertThat(jobs.nextDue(first.minusMillis(1)).get("hold-expiry")).contains(first);
        assertThat(sweeper.nextExpiryAfter(first)).as("after the first deadline: the second").contains(second);
        assertThat(jobs.nextDue(first).get("price-list-roll-forward")).as("nothing it does waits for a date").isEmpty();

        sweeper.sweep(first);
        assertThat(sweeper.nextExpiryAfter(first.minusMillis(1))).as("the first hold expired").contains(second);
    }

    double sweeps() {
        Counter runs = meters.find("anchang.jobs.runs").tag("job", "hold-expiry").counter();
        return runs == null ? 0 : runs.count();
    }

    @Test
    @DisplayName("UNIT-3: the sweep is the periodic job hold-expiry, each due run on one instance: skipped while another instance holds its lock in this service's database, run and counted (anchang.jobs.runs) once free")
    void sweepRunsOnOneInstanceAtATime() {
        MongoJobLocks otherInstance = new MongoJobLocks(mongo.getCollection(PeriodicJobsAutoConfiguration.LOCKS));
        // the scheduled sweep may hold the lock for a moment (at least 5 s after a run)
        SimpleLock held = await().atMost(Duration.ofSeconds(20)).until(() -> otherInstance.lock(new LockConfiguration(
                ClockProvider.now(), "hold-expiry", Duration.ofMinutes(1), Duration.ZERO)), Optional::isPresent).orElseThrow();
        double before = sweeps();

        boolean ranWhileHeld = jobs.runIfFree("hold-expiry");
        double whileHeld = sweeps();
        held.unlock();

        assertThat(ranWhileHeld).isFalse();
        assertThat(whileHeld).isEqualTo(before);
        await().atMost(Duration.ofSeconds(20)).until(() -> jobs.runIfFree("hold-expiry"));
        assertThat(sweeps()).isGreaterThan(before);
    }
}
