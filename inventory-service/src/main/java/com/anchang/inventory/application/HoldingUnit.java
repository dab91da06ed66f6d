package com.anchang.inventory.application;

import com.anchang.inventory.domain.BuyerQuotas;
import com.anchang.inventory.domain.ExpiryCalendar;
import com.anchang.inventory.domain.InventoryRule;
import com.anchang.inventory.domain.Opening;
import com.anchang.inventory.domain.OpeningRepository;
import com.anchang.inventory.domain.SalesControlPolicies;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UNIT-2: a temporary deposit holds a unit for a deal. The write is a compare-and-set on the unit's
 * version, so of two simultaneous holds exactly one is written; the loser re-reads and is refused
 * by the rule, naming the deal that won and when. The caller must see the unit (another office's unit
 * is unknown to them: 404) and be a consultant or sales control there (403 otherwise); the holder is
 * the caller. The hold's deadline comes from the office's policy (UNIT-3) and is entered in the
 * expiry calendar the sweep reads.
 *
 * <p>A unit of an opening (开盘) takes no hold before the opening's time (OPEN-1), and the buyer must
 * first take one of their quota slots in the opening (OPEN-2) — an atomic insert of the store, never a
 * count read and then written; a slot whose unit write then loses is given back, and one a crash left
 * behind (its unit no longer holds it) is reclaimed before a buyer is refused for a full quota.
 *
 * <p>In an opening rush most requests come for a unit already taken: {@link TakenUnits} refuses those
 * from memory when it can be sure, word for word as the store would; the rest is decided by the store.
 *
 * <p>A repeated request (same deal, same buyer) on the unit it already holds is answered with that
 * hold: a client whose first answer was lost to a timeout learns it won, and nothing is written again.
 */
public class HoldingUnit {

    private static final Logger log = LoggerFactory.getLogger(HoldingUnit.class);

    /** How long a freshly taken quota slot may wait for its hold's unit write (which takes milliseconds). */
    static final Duration SLOT_SETTLING = Duration.ofMinutes(2);

    public record HoldUnit(String unitId, String dealId, String buyerRef) {
    }

    private final UnitRepository units;
    private final SalesControlPolicies policies;
    private final ExpiryCalendar calendar;
    private final OpeningRepository openings;
    private final BuyerQuotas quotas;
    private final Clock clock;
    private final TakenUnits taken;
    /** Openings do not change once opened: read each once. */
    private final Map<String, Opening> openingCache = new ConcurrentHashMap<>();

    public HoldingUnit(UnitRepository units, SalesControlPolicies policies, ExpiryCalendar calendar,
            OpeningRepository openings, BuyerQuotas quotas, TakenUnits taken, Clock clock) {
        this.units = units;
        this.taken = taken;
        this.policies = policies;
        this.calendar = calendar;
        this.openings = openings;
        this.quotas = quotas;
        this.clock = clock;
    }

    public Unit hold(Caller caller, HoldUnit command) {
        TakenUnits.Look look = taken.look(command.unitId());
        Optional<TakenUnits.Taken> known = look.takenByAnotherDeal(command.dealId(), clock.instant());
        if (known.isPresent()) {
            TakenUnits.Taken unit = known.get();
            caller.mustSee(unit.developerId(), unit.officeId(), "unit", unit.unitId());
            caller.mustHold(unit.officeId(), "hold a unit", Caller.CONSULTANT, Caller.SALES_CONTROL);
            throw taken.refused(unit);
        }
        return ConcurrentChangeException.retrying(5, () -> {
            Unit unit = units.find(command.unitId()).orElseThrow(() -> new NotFoundException("unit", command.unitId()));
            taken.observed(look, unit);
            caller.mustSee(unit.developerId(), unit.officeId(), "unit", unit.id());
            caller.mustHold(unit.officeId(), "hold a unit", Caller.CONSULTANT, Caller.SALES_CONTROL);
            if (unit.alreadyHeldFor(command.dealId(), command.buyerRef())) {
                return unit; // the same request again (its first answer was lost): the hold it made, once
            }
            Instant now = clock.instant();
            unit.checkHoldable(command.dealId(), now);
            String slot = unit.openingId() == null ? null : quotaSlot(unit.openingId(), command.buyerRef(), unit.id());
            try {
                UnitEvent.Held held = unit.hold(command.dealId(), caller.userId(), command.buyerRef(), now,
                        policies.forOffice(unit.officeId()), slot);
                // UNIT-3: into the expiry calendar before the hold is written, so no written hold is missed
                calendar.enter(unit.id(), held.hold().expiresAt());
                units.save(unit, List.of(held), null);
                taken.observed(look, unit);
                return unit;
            } catch (RuntimeException lost) {
                if (slot != null) {
                    quotas.free(slot);
                }
                throw lost;
            }
        });
    }

    private String quotaSlot(String openingId, String buyerRef, String unitId) {
        Opening opening = openingCache.computeIfAbsent(openingId, id -> openings.find(id)
                .orElseThrow(() -> new RuleRefusedException(InventoryRule.OPEN_1, "opening " + id + " is still being prepared")));
        Optional<String> slot = quotas.take(openingId, buyerRef, opening.quotaPerBuyer(), unitId);
        if (slot.isEmpty() && reclaimedLeftSlots(openingId, buyerRef, opening.quotaPerBuyer())) {
            slot = quotas.take(openingId, buyerRef, opening.quotaPerBuyer(), unitId);
        }
        return slot.orElseThrow(() -> new RuleRefusedException(InventoryRule.OPEN_2, "buyer " + buyerRef + " already holds "
                + opening.quotaPerBuyer() + " units in opening " + opening.name() + ", the most one buyer may hold"));
    }

    /**
     * OPEN-2: before refusing a buyer for a full quota, frees the slots no unit occupies any more — left
     * by a cancellation or expiry whose process stopped between writing the unit and freeing the slot.
     * A slot younger than {@link #SLOT_SETTLING} may belong to a hold still being written, and is left.
     */
    private boolean reclaimedLeftSlots(String openingId, String buyerRef, int quota) {
        Instant settled = clock.instant().minus(SLOT_SETTLING);
        boolean reclaimed = false;
        for (BuyerQuotas.Slot slot : quotas.taken(openingId, buyerRef, quota)) {
            if (slot.unitId() == null || slot.takenAt().isAfter(settled)) {
                continue;
            }
            boolean occupied = units.find(slot.unitId()).map(u -> u.occupies(slot.id())).orElse(false);
            if (!occupied && quotas.freeIfStill(slot)) {
                log.warn("quota slot {} reclaimed: unit {} no longer holds it (a cancellation or expiry stopped "
                        + "before freeing it)", slot.id(), slot.unitId());
                reclaimed = true;
            }
        }
        return reclaimed;
    }
}
