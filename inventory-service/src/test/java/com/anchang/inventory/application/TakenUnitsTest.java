package com.anchang.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.inventory.domain.SalesControlPolicy;
import com.anchang.inventory.domain.TakenUnitChanges;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.MovingClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** UNIT-2 in an opening rush: refusals from memory only when memory cannot be stale, on any instance. */
class TakenUnitsTest {

    static final Instant OPENS = Instant.parse("2026-11-20T06:00:00Z");
    static final Instant T0 = OPENS.plusSeconds(187);
    static final SalesControlPolicy POLICY = new SalesControlPolicy(Duration.ofHours(48), 2);

    /** The store's counts, shared by every instance. */
    static class Counts implements TakenUnitChanges {
        final AtomicLong begun = new AtomicLong();
        final AtomicLong ended = new AtomicLong();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Count read(String openingId) {
            reads.incrementAndGet();
            long e = ended.get();
            return new Count(begun.get(), e);
        }

        @Override
        public void begin(String openingId) {
            begun.incrementAndGet();
        }

        @Override
        public void end(String openingId) {
            ended.incrementAndGet();
        }
    }

    static Unit inOpening() {
        return inOpening(18);
    }

    /** A unit of the opening on this floor (another floor, another unit). */
    static Unit inOpening(int floor) {
        Unit unit = Unit.catalogue("dev-1", "office-1", "proj-1", "bld-1", "3",
                new UnitSpec(floor, 2, "3室2厅2卫", new BigDecimal("118.50"), new BigDecimal("95.20"), "南",
                        new BigDecimal("3256800.00")));
        unit.includeIn("opn-1", OPENS);
        return unit;
    }

    static Unit heldBy(String deal) {
        return heldBy(deal, 18);
    }

    static Unit heldBy(String deal, int floor) {
        Unit unit = inOpening(floor);
        unit.hold(deal, "c-1", "buyer-" + deal, T0, POLICY, null);
        return unit;
    }

    final Counts counts = new Counts();
    final MovingClock clock = new MovingClock(T0);
    final TakenUnits memory = new TakenUnits(counts, clock);

    /** The unit read from the store after a look, as HoldingUnit does. */
    TakenUnits.Look seen(Unit unit) {
        return seen(memory, unit);
    }

    static TakenUnits.Look seen(TakenUnits memory, Unit unit) {
        TakenUnits.Look look = memory.look(unit.id());
        memory.observed(look, unit);
        return look;
    }

    @Test
    @DisplayName("UNIT-2: a unit of an opening read as held (after a quiet count) refuses another deal from memory, word for word as the store would")
    void heldUnitRefusedFromMemory() {
        Unit held = heldBy("deal-1");
        seen(held); // first sight: only learns the unit's opening
        seen(held); // now with a count read before the unit was

        Optional<TakenUnits.Taken> known = memory.look(held.id()).takenByAnotherDeal("deal-2", T0.plusSeconds(1));

        assertThat(known).isPresent();
        RuleRefusedException fromStore = null;
        try {
            held.checkHoldable("deal-2", T0.plusSeconds(1));
        } catch (RuleRefusedException e) {
            fromStore = e;
        }
        assertThat(fromStore).isNotNull();
        RuleRefusedException fromMemory = memory.refused(known.get());
        assertThat(fromMemory.rule().id()).isEqualTo("UNIT-2");
        assertThat(fromMemory.getMessage()).isEqualTo(fromStore.getMessage()).contains("held by another deal at");
        assertThat(memory.refusals()).isEqualTo(1);
    }

    @Test
    @DisplayName("UNIT-2: after a taken unit of the opening changed anywhere (counted begun and ended), memory is not trusted: the store decides")
    void changedCountMeansTheStoreDecides() {
        Unit held = heldBy("deal-1");
        seen(held);
        seen(held);
        counts.begin("opn-1"); // another instance cancels deal-1...
        counts.end("opn-1"); // ...and is done

        assertThat(memory.look(held.id()).takenByAnotherDeal("deal-2", T0)).isEmpty();
        assertThat(memory.remembered()).isZero();
    }

    @Test
    @DisplayName("UNIT-2: while a change is under way (begun, not ended) nothing is remembered and nothing refused from memory")
    void changeUnderWayMeansTheStoreDecides() {
        Unit held = heldBy("deal-1");
        seen(held);
        counts.begin("opn-1");

        seen(held); // read during the change: not remembered
        assertThat(memory.remembered()).isZero();
        assertThat(memory.look(held.id()).takenByAnotherDeal("deal-2", T0)).isEmpty();

        counts.end("opn-1");
        seen(held);
        assertThat(memory.look(held.id()).takenByAnotherDeal("deal-2", T0)).isPresent();
    }

    @Test
    @DisplayName("UNIT-2/UNIT-3: the holding deal itself, a hold past its deadline and an available unit are left to the store")
    void whatMemoryLeavesToTheStore() {
        Unit held = heldBy("deal-1");
        seen(held);
        seen(held);
        Instant deadline = held.hold().expiresAt();

        assertThat(memory.look(held.id()).takenByAnotherDeal("deal-1", T0)).as("the same deal (a repeat)").isEmpty();
        assertThat(memory.look(held.id()).takenByAnotherDeal("deal-2", deadline)).as("past the deadline").isEmpty();

        seen(inOpening()); // the same unit read available again
        assertThat(memory.look(held.id()).takenByAnotherDeal("deal-2", T0)).isEmpty();
    }

    @Test
    @DisplayName("UNIT-2: a unit outside any opening is never remembered")
    void unitOutsideOpenings() {
        Unit unit = Unit.catalogue("dev-1", "office-1", "proj-1", "bld-1", "4",
                new UnitSpec(4, 1, "2室", new BigDecimal("80"), new BigDecimal("70"), "南", new BigDecimal("1000000")));
        unit.hold("deal-1", "c-1", "b", T0, POLICY, null);
        seen(unit);
        seen(unit);

        assertThat(memory.look(unit.id()).takenByAnotherDeal("deal-2", T0)).isEmpty();
        assertThat(counts.reads).hasValue(0);
    }

    @Test
    @DisplayName("UNIT-2: two instances — what one remembers is not trusted after the other released the unit, though it was never told")
    void anotherInstancesReleaseIsSeen() {
        List<Unit> store = new ArrayList<>(List.of(heldBy("deal-1")));
        UnitRepository counted = TakenUnits.counting(new SingleUnitStore(store), counts);
        seen(store.getFirst());
        seen(store.getFirst());
        assertThat(memory.look(store.getFirst().id()).takenByAnotherDeal("deal-2", T0)).isPresent();

        Unit onOther = store.getFirst();
        UnitEvent released = onOther.cancel("deal-1", "buyer withdrew", "u-pm", T0.plusSeconds(5));
        counted.save(onOther, List.of(released), null); // counted begun and ended around the write

        assertThat(counts.begun).hasValue(1);
        assertThat(counts.ended).hasValue(1);
        assertThat(memory.look(onOther.id()).takenByAnotherDeal("deal-2", T0.plusSeconds(6))).isEmpty();
    }

    @Test
    @DisplayName("UNIT-2: a count write that fails still ends what it began, so the memory is not switched off by a lost race")
    void failedWriteStillEnds() {
        UnitRepository failing = TakenUnits.counting(new SingleUnitStore(new ArrayList<>()) {
            @Override
            public void save(Unit unit, List<UnitEvent> events, String appliedEventId) {
                throw new IllegalStateException("concurrent change");
            }
        }, counts);
        Unit held = heldBy("deal-1");
        UnitEvent released = held.cancel("deal-1", "r", "u-pm", T0);

        assertThatThrownBy(() -> failing.save(held, List.of(released), null)).isInstanceOf(IllegalStateException.class);
        assertThat(counts.read("opn-1").quiet()).isTrue();
    }

    @Test
    @DisplayName("UNIT-2: a full memory evicts some taken units, not all; an evicted unit is decided by the store and learned again")
    void fullMemoryEvictsSomeNotAll() {
        TakenUnits small = new TakenUnits(counts, clock, 5);
        List<Unit> held = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Unit unit = heldBy("deal-" + i, i + 1);
            held.add(unit);
            seen(small, unit);
            seen(small, unit);
        }

        assertThat(small.remembered()).isEqualTo(5);
        Unit evicted = held.stream()
                .filter(unit -> small.look(unit.id()).takenByAnotherDeal("deal-x", T0).isEmpty())
                .findFirst().orElseThrow();
        // the memory admits a unit over a remembered one once it is seen more often (Caffeine's TinyLFU
        // admission), so it is learned again after a few sightings, not necessarily after the first two
        for (int sighting = 0; sighting < 8 && small.look(evicted.id()).takenByAnotherDeal("deal-x", T0).isEmpty();
                sighting++) {
            seen(small, evicted);
        }
        assertThat(small.look(evicted.id()).takenByAnotherDeal("deal-x", T0)).isPresent();
    }

    @Test
    @DisplayName("UNIT-2/UNIT-3: a held unit leaves the memory at its hold's deadline by the clock; a reserved one stays until its opening's count changes")
    void heldUnitLeavesAtItsDeadline() {
        Unit held = heldBy("deal-1", 1);
        Unit reserved = heldBy("deal-2", 2);
        reserved.reserve("deal-2", T0.plusSeconds(60));
        for (Unit unit : List.of(held, reserved)) {
            seen(unit);
            seen(unit);
        }
        assertThat(memory.remembered()).isEqualTo(2);

        clock.set(held.hold().expiresAt().minusSeconds(1));
        assertThat(memory.remembered()).isEqualTo(2);
        clock.set(held.hold().expiresAt());
        assertThat(memory.remembered()).isEqualTo(1);
        clock.set(T0.plus(Duration.ofDays(3650)));
        assertThat(memory.look(reserved.id()).takenByAnotherDeal("deal-3", clock.instant())).isPresent();
    }

    @Test
    @DisplayName("UNIT-2: requests arriving while the opening's count is being read share the next read (one store read per round, not per request)")
    void arrivalsDuringAReadShareTheNextOne() throws Exception {
        CountDownLatch firstReadStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRead = new CountDownLatch(1);
        AtomicInteger storeReads = new AtomicInteger();
        TakenUnitChanges slow = new Counts() {
            @Override
            public Count read(String openingId) {
                if (storeReads.incrementAndGet() == 1) {
                    firstReadStarted.countDown();
                    try {
                        releaseFirstRead.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.read(openingId);
            }
        };
        TakenUnits.CountReader reader = new TakenUnits.CountReader("opn-1");
        try (ExecutorService pool = Executors.newFixedThreadPool(9)) {
            Future<?> first = pool.submit(() -> reader.readBegunAfterNow(slow));
            firstReadStarted.await();
            List<Future<?>> later = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                later.add(pool.submit(() -> reader.readBegunAfterNow(slow)));
            }
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> reader.waiting() == 8);
            releaseFirstRead.countDown();
            first.get();
            for (Future<?> f : later) {
                f.get();
            }
        }
        assertThat(storeReads).as("the first read, then one read for the 8 that arrived during it").hasValue(2);
    }

    /** A store of one list of units, by id. */
    static class SingleUnitStore implements UnitRepository {
        final List<Unit> units;

        SingleUnitStore(List<Unit> units) {
            this.units = units;
        }

        @Override
        public Optional<Unit> find(String unitId) {
            return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
        }

        @Override
        public List<Unit> inBuilding(String buildingId) {
            return units;
        }

        @Override
        public void insertAll(List<Unit> all) {
            units.addAll(all);
        }

        @Override
        public void save(Unit unit, List<UnitEvent> events, String appliedEventId) {
        }

        @Override
        public boolean hasApplied(String unitId, String eventId) {
            return false;
        }

        @Override
        public void reprice(Unit unit, BigDecimal listPrice, String marker) {
        }
    }
}
