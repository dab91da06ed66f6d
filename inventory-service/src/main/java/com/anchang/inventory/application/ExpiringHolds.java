package com.anchang.inventory.application;

import com.anchang.inventory.domain.ExpiryCalendar;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitStatus;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UNIT-3: holds whose deadline passed return their units to AVAILABLE by themselves, each with one
 * inventory.hold-expired event. The sweep reads the due hours of the {@link ExpiryCalendar} by key
 * and decides per unit on the unit itself, written by compare-and-set on its version: two sweeps at
 * once (two instances) or the same sweep twice release each hold exactly once.
 */
public class ExpiringHolds {

    private static final Logger log = LoggerFactory.getLogger(ExpiringHolds.class);

    private final UnitRepository units;
    private final ExpiryCalendar calendar;
    private final Duration lookback;
    private final Consumer<UnitEvent.HoldExpired> afterExpiry;

    /**
     * @param lookback how far back the sweep looks for hours not yet dealt with (covers a service that
     *     was down that long)
     * @param afterExpiry what else follows an expiry once it is written (e.g. freeing the buyer's quota slot)
     */
    public ExpiringHolds(UnitRepository units, ExpiryCalendar calendar, Duration lookback,
            Consumer<UnitEvent.HoldExpired> afterExpiry) {
        this.units = units;
        this.calendar = calendar;
        this.lookback = lookback;
        this.afterExpiry = afterExpiry;
    }

    /** Releases every hold due at {@code now}; returns how many this sweep released. */
    public int sweep(Instant now) {
        int released = 0;
        for (ExpiryCalendar.Hour hour : calendar.between(now.minus(lookback), now)) {
            boolean allDealtWith = true;
            for (String unitId : hour.unitIds()) {
                try {
                    released += expire(unitId, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    allDealtWith = false;
                    log.warn("expiring the hold of unit {} failed, next sweep retries: {}", unitId, e.toString());
                }
            }
            if (allDealtWith && !hour.end().isAfter(now)) {
                calendar.discard(hour);
            }
        }
        return released;
    }

    /**
     * When the sweep next has work (ADR 11): the earliest deadline after {@code now} of a unit still held,
     * from the expiry calendar's hours in order; empty when no hold is waiting.
     */
    public Optional<Instant> nextExpiryAfter(Instant now) {
        for (ExpiryCalendar.Hour hour : calendar.from(now)) {
            Optional<Instant> earliest = hour.unitIds().stream()
                    .map(units::find)
                    .flatMap(Optional::stream)
                    .filter(unit -> unit.status() == UnitStatus.HELD && unit.hold() != null)
                    .map(unit -> unit.hold().expiresAt())
                    .filter(deadline -> deadline.isAfter(now))
                    .min(Comparator.naturalOrder());
            if (earliest.isPresent()) {
                return earliest;
            }
        }
        return Optional.empty();
    }

    private boolean expire(String unitId, Instant now) {
        Optional<UnitEvent.HoldExpired> expired = ConcurrentChangeException.retrying(5, () -> {
            Optional<Unit> unit = units.find(unitId);
            Optional<UnitEvent.HoldExpired> event = unit.flatMap(u -> u.expire(now));
            event.ifPresent(e -> units.save(e.unit(), List.of(e), null));
            return event;
        });
        expired.ifPresent(afterExpiry);
        return expired.isPresent();
    }
}
