package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.DEVELOPER;
import static com.anchang.inventory.InventoryServiceIT.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.HoldExpired;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.inventory.application.CancellingDeal;
import com.anchang.inventory.application.ExpiringHolds;
import com.anchang.inventory.application.HoldingUnit;
import com.anchang.inventory.application.ReservingUnit;
import com.anchang.inventory.domain.BuyerQuotas;
import com.anchang.inventory.domain.ExpiryCalendar;
import com.anchang.inventory.domain.OpeningRepository;
import com.anchang.inventory.domain.TakenUnitChanges;
import com.anchang.inventory.application.TakenUnits;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.inventory.domain.SalesControlPolicy;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitStatus;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The proof of UNIT-2/UNIT-3 under load, on the use cases and the real store and broker: many
 * racers for one unit, and a randomized storm of holds, expiries, cancellations and reservations whose
 * final unit states the published event stream must reproduce.
 */
@ServiceIntegrationTest
class SalesControlRaceIT {

    static final Caller CONSULTANT = new Caller("c-race", "c-race", DEVELOPER, Map.of(OFFICE, Set.of(Caller.CONSULTANT)),
            Set.of(), true);
    static final Caller PM = new Caller("u-pm-race", "u-pm-race", DEVELOPER, Map.of(OFFICE, Set.of(Caller.PM)), Set.of(), true);

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    HoldingUnit holding;
    @Autowired
    CancellingDeal cancelling;
    @Autowired
    ReservingUnit reserving;
    @Autowired
    UnitRepository units;
    @Autowired
    ExpiryCalendar calendar;
    @Autowired
    OpeningRepository openings;
    @Autowired
    BuyerQuotas quotas;
    @Autowired
    TakenUnitChanges changes;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    UnitFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new UnitFixtures(server, kafka);
    }

    @Test
    @DisplayName("UNIT-2: 64 threads racing for one unit at the same instant → exactly one hold, 63 refusals naming UNIT-2")
    void sixtyFourRacersOneWinner() throws Exception {
        String unitId = fixtures.building() + "-101";
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> racers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String deal = "deal-racer-" + i;
            racers.add(() -> {
                start.await();
                try {
                    holding.hold(CONSULTANT, new HoldingUnit.HoldUnit(unitId, deal, "buyer-" + deal));
                    return "won";
                } catch (RuleRefusedException e) {
                    return e.rule().id();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
            List<Future<String>> futures = racers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
        }

        assertThat(outcomes.stream().filter("won"::equals)).hasSize(1);
        assertThat(outcomes.stream().filter("UNIT-2"::equals)).hasSize(63);
        assertThat(units.find(unitId).orElseThrow().status()).isEqualTo(UnitStatus.HELD);
    }

    @Test
    @DisplayName("UNIT-2, UNIT-3: 3,200 random holds/expiries/cancellations/reservations from 8 threads over 24 units end with every unit in one consistent state, and the event stream replayed per unit gives exactly those states")
    void randomizedStormAgreesWithTheEventStream() throws Exception {
        String buildingId = fixtures.building(4, 6);
        storm(OpeningIT.units(buildingId, 4, 6), new TakenUnits(changes, Clock.systemUTC()));
    }

    @Test
    @DisplayName("UNIT-2, UNIT-3, OPEN-1: the same storm on the units of an opening, where most refusals come from the instance's memory of taken units while other threads release them, ends just as consistent")
    void randomizedStormInAnOpening() throws Exception {
        String buildingId = fixtures.building(4, 6);
        List<String> ids = OpeningIT.units(buildingId, 4, 6);
        Answer opened = server.as(InventoryServiceIT.PM.token()).call("POST", "/api/inventory/openings", Map.of(
                "officeId", OFFICE, "name", "风暴开盘", "unitIds", ids, "opensAt", Instant.now().minusSeconds(1).toString(),
                "quotaPerBuyer", 2));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        TakenUnits memory = new TakenUnits(changes, Clock.systemUTC());

        storm(ids, memory);

        assertThat(memory.refusals()).as("memory refused some holds during the storm").isPositive();
    }

    void storm(List<String> ids, TakenUnits memory) throws Exception {
        // holds lapse after 25 ms, so the sweeps below really expire some while others race
        HoldingUnit quickHolds = new HoldingUnit(units, office -> new SalesControlPolicy(Duration.ofMillis(25), 2),
                calendar, openings, quotas, memory, Clock.systemUTC());
        ExpiringHolds sweeper = new ExpiringHolds(units, calendar, Duration.ofHours(1), e -> { });
        AtomicInteger transitions = new AtomicInteger();
        Map<String, AtomicInteger> byKind = new java.util.concurrent.ConcurrentHashMap<>();

        try (EventCapture capture = new EventCapture(brokers, Topics.INVENTORY);
                ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                workers.add(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int op = 0; op < 400; op++) {
                        String unitId = ids.get(random.nextInt(ids.size()));
                        int dice = random.nextInt(100);
                        String kind = dice < 50 ? "hold" : dice < 65 ? "expire" : dice < 85 ? "cancel" : "reserve";
                        try {
                            int done = switch (kind) {
                                case "hold" -> {
                                    String deal = "deal-" + UUID.randomUUID();
                                    quickHolds.hold(CONSULTANT, new HoldingUnit.HoldUnit(unitId, deal, "buyer-" + deal));
                                    yield 1;
                                }
                                case "expire" -> sweeper.sweep(Instant.now());
                                case "cancel" -> {
                                    Unit unit = units.find(unitId).orElseThrow();
                                    String deal = unit.hold() != null ? unit.hold().dealId() : unit.reservedForDeal();
                                    if (deal == null) {
                                        yield 0;
                                    }
                                    cancelling.cancel(PM, unitId, deal, "storm");
                                    yield 1;
                                }
                                default -> {
                                    Unit unit = units.find(unitId).orElseThrow();
                                    if (unit.hold() == null) {
                                        yield 0;
                                    }
                                    yield reserving.reserve(new ReservingUnit.ReserveUnit(unitId, unit.hold().dealId(),
                                            Instant.now(), UUID.randomUUID().toString())) ? 1 : 0;
                                }
                            };
                            transitions.addAndGet(done);
                            byKind.computeIfAbsent(kind, k -> new AtomicInteger()).addAndGet(done);
                        } catch (RuleRefusedException | ConcurrentChangeException refused) {
                            byKind.computeIfAbsent(kind + " refused", k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }

            Set<String> ours = Set.copyOf(ids);
            // expire what lapsed, so the service's own scheduled sweep finds nothing left to change
            sweeper.sweep(Instant.now().plusSeconds(1));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id ->
                    mongo.getCollection("units").find(com.mongodb.client.model.Filters.eq("_id", id)).first()
                            .getList("outbox", Object.class, List.of()).isEmpty()));
            // every event is on the broker now; a marker behind them on every partition bounds the stream
            String marker = "end-" + UUID.randomUUID();
            int partitions = kafka.partitionsFor(Topics.INVENTORY).size();
            for (int p = 0; p < partitions; p++) {
                kafka.send(Topics.INVENTORY, p, marker, "{}").get();
            }
            capture.awaitCount(r -> marker.equals(r.key()), partitions);
            List<ConsumerRecord<String, String>> stream = capture.awaitCount(r -> ours.contains(r.key()), 0);
            assertThat(stream.size()).as("at least one event per transition the workers made; ops %s, events %s", byKind,
                    stream.stream().collect(Collectors.groupingBy(r -> EventCapture.header(r, EventHeaders.TYPE),
                            Collectors.counting())))
                    .isGreaterThanOrEqualTo(transitions.get());

            Map<String, UnitStatus> replayed = new HashMap<>();
            Map<String, String> dealOf = new HashMap<>();
            ids.forEach(id -> replayed.put(id, UnitStatus.AVAILABLE));
            for (ConsumerRecord<String, String> record : stream) {
                String unit = record.key();
                UnitStatus before = replayed.get(unit);
                switch (EventCapture.header(record, EventHeaders.TYPE)) {
                    case UnitHeld.TYPE -> {
                        assertThat(before).as("held only when available").isEqualTo(UnitStatus.AVAILABLE);
                        replayed.put(unit, UnitStatus.HELD);
                        dealOf.put(unit, EventJson.read(record.value(), UnitHeld.class).dealId());
                    }
                    case UnitReserved.TYPE -> {
                        assertThat(before).isEqualTo(UnitStatus.HELD);
                        assertThat(EventJson.read(record.value(), UnitReserved.class).dealId()).isEqualTo(dealOf.get(unit));
                        replayed.put(unit, UnitStatus.RESERVED);
                    }
                    case HoldExpired.TYPE -> {
                        assertThat(before).isEqualTo(UnitStatus.HELD);
                        assertThat(EventJson.read(record.value(), HoldExpired.class).dealId()).isEqualTo(dealOf.get(unit));
                        replayed.put(unit, UnitStatus.AVAILABLE);
                    }
                    case UnitReleased.TYPE -> {
                        assertThat(before).isIn(UnitStatus.HELD, UnitStatus.RESERVED);
                        assertThat(EventJson.read(record.value(), UnitReleased.class).dealId()).isEqualTo(dealOf.get(unit));
                        replayed.put(unit, UnitStatus.AVAILABLE);
                    }
                    default -> throw new AssertionError("unexpected event " + EventCapture.header(record, EventHeaders.TYPE));
                }
            }
            Map<String, UnitStatus> stored = ids.stream().collect(Collectors.toMap(id -> id,
                    id -> units.find(id).orElseThrow().status()));
            assertThat(replayed).as("the event stream replayed per unit = the stored states (ops: %s)", byKind)
                    .isEqualTo(stored);
            assertThat(byKind.get("hold").get()).as("the storm really held units").isGreaterThan(50);
            assertThat(byKind.getOrDefault("expire", new AtomicInteger()).get()
                    + byKind.getOrDefault("cancel", new AtomicInteger()).get()).as("and released some").isPositive();
        }
    }
}
