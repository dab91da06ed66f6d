package com.anchang.inventory.application;

import com.anchang.inventory.domain.TakenUnitChanges;
import com.anchang.inventory.domain.TakenUnitChanges.Count;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitStatus;
import com.anchang.support.cache.ClockTicker;
import com.anchang.support.problem.RuleRefusedException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * UNIT-2 in an opening rush (开盘): what this instance has seen of an opening's taken units (held,
 * reserved or contracted, and by which deal), so that the second to the tenth buyer on a unit are
 * refused without reading the unit from the store. Whoever takes a unit still takes it by one
 * conditional write of the store; only refusals come from memory, and only when memory cannot be
 * stale, on this instance or any other:
 * <ul>
 * <li>every change to a taken unit of an opening (released, expired, cancelled, reserved, contracted)
 * counts itself begun before it writes the unit and ended after ({@link TakenUnitChanges},
 * {@link #counting});</li>
 * <li>a taken unit is remembered with the opening's count as read, quiet, before the unit was read;</li>
 * <li>a refusal from memory reads the count again, by a read begun after the request arrived (requests
 * arriving together share one read), and refuses only if that count is quiet and equal to the one
 * remembered: then no taken unit of the opening changed between the two reads, and the unit, taken at
 * some moment between them, is taken still when the request is answered.</li>
 * </ul>
 * Anything else — a unit outside an opening, one not seen yet, a changed or unquiet count, a held
 * unit past its deadline, a request by the deal that holds it — goes to the store, exactly as without
 * this memory. A change that begins and never ends (its process died in between) leaves the count
 * unquiet for good: the opening is then decided by the store only, correct and slower.
 * <p>Bounded (Caffeine): at most {@link #MAX_REMEMBERED} units; past it the least useful entries are
 * evicted, and a held unit leaves at its hold's deadline by the application's clock (from then on it
 * refuses nothing anyway). A unit not remembered simply goes to the store.
 */
public final class TakenUnits {

    /** Units remembered at most; past it some are evicted (it is only ever an accelerator). */
    static final int MAX_REMEMBERED = 200_000;

    /** A reserved or contracted unit stays remembered until its opening's count says it changed. */
    private static final Duration UNTIL_CHANGED = Duration.ofNanos(Long.MAX_VALUE);

    /** A taken unit as read, with the opening's count read quiet before it. */
    public record Taken(String unitId, String code, String developerId, String officeId, String openingId,
            UnitStatus status, String dealId, Instant heldAt, Instant holdExpiresAt, Count seen) {

        static Taken of(Unit unit, Count seen) {
            boolean held = unit.status() == UnitStatus.HELD;
            return new Taken(unit.id(), unit.code(), unit.developerId(), unit.officeId(), unit.openingId(),
                    unit.status(), unit.takenBy(), held ? unit.hold().heldAt() : null,
                    held ? unit.hold().expiresAt() : null, seen);
        }

        /** The refusal the store would give another deal, word for word. */
        public RuleRefusedException refusal() {
            return Unit.takenByAnotherDeal(code, status, heldAt);
        }
    }

    /** What is known of one unit when a request for it arrives. */
    public static final class Look {

        private final String openingId;
        private final Count count;
        private final Taken taken;

        Look(String openingId, Count count, Taken taken) {
            this.openingId = openingId;
            this.count = count;
            this.taken = taken;
        }

        /**
         * The unit as taken by a deal other than {@code dealId}, if that is certain now; empty when the
         * store must decide.
         */
        public Optional<Taken> takenByAnotherDeal(String dealId, Instant now) {
            if (taken == null || taken.dealId().equals(dealId)) {
                return Optional.empty();
            }
            if (taken.status() == UnitStatus.HELD && !now.isBefore(taken.holdExpiresAt())) {
                return Optional.empty(); // past its deadline: the sweep is about to release it
            }
            return Optional.of(taken);
        }
    }

    private final TakenUnitChanges changes;
    private final Cache<String, String> openingOfUnit;
    private final Cache<String, Taken> taken;
    private final Map<String, CountReader> readers = new ConcurrentHashMap<>();
    private final AtomicLong refusals = new AtomicLong();

    public TakenUnits(TakenUnitChanges changes, Clock clock) {
        this(changes, clock, MAX_REMEMBERED);
    }

    TakenUnits(TakenUnitChanges changes, Clock clock, int max) {
        this.changes = changes;
        this.openingOfUnit = Caffeine.newBuilder().maximumSize(max).build();
        this.taken = Caffeine.newBuilder()
                .maximumSize(max)
                .ticker(new ClockTicker(clock))
                .expireAfter(Expiry.<String, Taken>writing((unitId, unit) -> unit.status() == UnitStatus.HELD
                        ? Duration.between(clock.instant(), unit.holdExpiresAt())
                        : UNTIL_CHANGED))
                .build();
    }

    /**
     * On a request's arrival: for a unit of an opening this instance has seen, reads the opening's
     * count (a read begun after now) and looks up the unit against it.
     */
    public Look look(String unitId) {
        String openingId = openingOfUnit.getIfPresent(unitId);
        if (openingId == null) {
            return new Look(null, null, null);
        }
        Count count = readers.computeIfAbsent(openingId, CountReader::new).readBegunAfterNow(changes);
        Taken known = taken.getIfPresent(unitId);
        if (known != null && !(count.quiet() && known.seen().equals(count))) {
            taken.asMap().remove(unitId, known);
            known = null;
        }
        return new Look(openingId, count, known);
    }

    /** A refusal answered from memory (for the metrics). */
    public RuleRefusedException refused(Taken known) {
        refusals.incrementAndGet();
        return known.refusal();
    }

    /**
     * The unit as read from (or just written to) the store after {@code look}: remembered if it is a
     * taken unit of an opening and the look's count was quiet; forgotten if it is not taken.
     */
    public void observed(Look look, Unit unit) {
        if (unit.openingId() == null) {
            return;
        }
        openingOfUnit.put(unit.id(), unit.openingId()); // never changes once set (OPEN-1)
        if (unit.takenBy() == null) {
            taken.invalidate(unit.id());
        } else if (look.count != null && look.count.quiet() && unit.openingId().equals(look.openingId)) {
            taken.put(unit.id(), Taken.of(unit, look.count));
        }
    }

    /** How many holds memory has refused since start. */
    public long refusals() {
        return refusals.get();
    }

    /** How many taken units are remembered (after the cache's pending evictions and expiries). */
    public int remembered() {
        taken.cleanUp();
        return (int) taken.estimatedSize();
    }

    /**
     * The unit store, with every change to a taken unit of an opening counted begun before its write
     * and ended after (whether the write succeeded or not).
     */
    public static UnitRepository counting(UnitRepository units, TakenUnitChanges changes) {
        return new CountingUnitRepository(units, changes);
    }

    /**
     * One opening's count reads: a caller gets the result of a read begun after it called; callers
     * arriving while a read is under way share the next one, so a rush costs one store read per
     * round, not one per request.
     */
    static final class CountReader {

        private final String openingId;
        private final ReentrantLock lock = new ReentrantLock();
        private final AtomicLong begun = new AtomicLong();
        private long lastNumber; // guarded by lock
        private Count last; // guarded by lock

        CountReader(String openingId) {
            this.openingId = openingId;
        }

        /** Callers waiting for a read (for tests). */
        int waiting() {
            return lock.getQueueLength();
        }

        Count readBegunAfterNow(TakenUnitChanges changes) {
            long begunBefore = begun.get();
            lock.lock();
            try {
                if (lastNumber > begunBefore) {
                    return last; // begun after this caller arrived, and done
                }
                long number = begun.incrementAndGet();
                Count count = changes.read(openingId);
                lastNumber = number;
                last = count;
                return count;
            } finally {
                lock.unlock();
            }
        }
    }

    private record CountingUnitRepository(UnitRepository units, TakenUnitChanges changes) implements UnitRepository {

        @Override
        public Optional<Unit> find(String unitId) {
            return units.find(unitId);
        }

        @Override
        public List<Unit> inBuilding(String buildingId) {
            return units.inBuilding(buildingId);
        }

        @Override
        public void insertAll(List<Unit> all) {
            units.insertAll(all);
        }

        @Override
        public void save(Unit unit, List<UnitEvent> caused, String appliedEventId) {
            if (unit.openingId() == null || caused.stream().noneMatch(CountingUnitRepository::changesATakenUnit)) {
                units.save(unit, caused, appliedEventId);
                return;
            }
            changes.begin(unit.openingId());
            try {
                units.save(unit, caused, appliedEventId);
            } finally {
                changes.end(unit.openingId());
            }
        }

        private static boolean changesATakenUnit(UnitEvent event) {
            return event instanceof UnitEvent.Released || event instanceof UnitEvent.HoldExpired
                    || event instanceof UnitEvent.Reserved || event instanceof UnitEvent.Contracted;
        }

        @Override
        public boolean hasApplied(String unitId, String eventId) {
            return units.hasApplied(unitId, eventId);
        }

        @Override
        public void reprice(Unit unit, BigDecimal listPrice, String marker) {
            units.reprice(unit, listPrice, marker);
        }
    }
}
