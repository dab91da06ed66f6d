package com.anchang.inventory.application;

import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.PriceList;
import com.anchang.inventory.domain.PriceListVersion;
import com.anchang.inventory.domain.PriceListVersions;
import com.anchang.inventory.domain.Repricing;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A re-import of changed prices for an existing building (UNIT-1 list prices, UNIT-6 the office's
 * price list), by the PM or sales control of the building's office; its history read also by head
 * office. Checking reports the problems and the changes unit by unit; applying is all or nothing
 * for the request and makes price-list version N of the building.
 *
 * <p>The store has no multi-document transactions, so applying writes the version first (APPLYING,
 * with every change), then each unit with one compare-and-set on its version that also records the
 * version's marker (so a second pass never writes it twice), then marks the version APPLIED together
 * with its inventory.units-repriced event. A version left APPLYING by a crash is rolled forward: by
 * the next check, apply or read of that building's price lists, and by {@link #rollForwardAll()} at
 * start and periodically. A unit held, reserved or contracted keeps its deal's price, also when it
 * was held between the check and the apply; the version says so.
 */
public class RepricingBuilding {

    static final String[] APPLIERS = {Caller.PM, Caller.SALES_CONTROL};
    static final String[] READERS = {Caller.PM, Caller.SALES_CONTROL, Caller.HEAD_OFFICE};

    /** The plan as applied, and the version it made (null when the plan had problems: nothing stored). */
    public record Applied(Repricing plan, PriceListVersion version) {
    }

    private final BuildingRepository buildings;
    private final UnitRepository units;
    private final PriceListVersions versions;
    private final Clock clock;

    public RepricingBuilding(BuildingRepository buildings, UnitRepository units, PriceListVersions versions, Clock clock) {
        this.buildings = buildings;
        this.units = units;
        this.versions = versions;
        this.clock = clock;
    }

    /** The building, if the caller sees it (404) and holds one of the roles at its office (403). */
    public Building building(Caller caller, String buildingId, String action, String... roles) {
        Building building = buildings.find(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
        caller.mustSee(building.developerId(), building.officeId(), "building", buildingId);
        caller.mustHold(building.officeId(), action, roles);
        return building;
    }

    /** Refuses (404 / 403) a caller who may not reprice the building. */
    public Building mayReprice(Caller caller, String buildingId) {
        return building(caller, buildingId, "reprice a building", APPLIERS);
    }

    /** Dry run: problems, and the changes unit by unit against the prices as they are now. Stores nothing. */
    public Repricing check(Caller caller, String buildingId, PriceList.Prices prices) {
        Building building = mayReprice(caller, buildingId);
        rollForward(building.id());
        return Repricing.plan(units.inBuilding(building.id()), prices);
    }

    /** Applies the prices as the building's next price-list version, or nothing when any row has a problem. */
    public Applied apply(Caller caller, String buildingId, String fileName, PriceList.Prices prices) {
        Building building = mayReprice(caller, buildingId);
        return ConcurrentChangeException.retrying(5, () -> {
            int latest = rollForward(building.id());
            Repricing plan = Repricing.plan(units.inBuilding(building.id()), prices);
            if (!plan.valid()) {
                return new Applied(plan, null);
            }
            if (plan.changes().isEmpty()) {
                throw new InvalidInputException("content", "changes the price of no unit that can be repriced ("
                        + plan.unchanged() + " unchanged, " + plan.notRepriced().size() + " kept by their deal)");
            }
            PriceListVersion started = PriceListVersion.begin(building, latest + 1, fileName, caller.userId(),
                    clock.instant(), plan);
            versions.begin(started);
            return new Applied(plan, complete(started));
        });
    }

    /** The building's price-list versions, oldest first. */
    public List<PriceListVersion> history(Caller caller, String buildingId) {
        Building building = building(caller, buildingId, "read the price-list history", READERS);
        rollForward(building.id());
        return versions.of(building.id());
    }

    public PriceListVersion version(Caller caller, String buildingId, int number) {
        Building building = building(caller, buildingId, "read the price-list history", READERS);
        rollForward(building.id());
        return versions.find(building.id(), number)
                .orElseThrow(() -> new NotFoundException("price-list version", buildingId + " v" + number));
    }

    /** Completes every version a crash left APPLYING; returns how many. */
    public int rollForwardAll() {
        int completed = 0;
        for (PriceListVersion left : versions.applying()) {
            complete(left);
            completed++;
        }
        return completed;
    }

    /**
     * Completes the building's latest version if a crash left it APPLYING; returns its number (0: none).
     * Only the latest can be: a version is begun only after every earlier one was seen APPLIED (this
     * method runs first, and completes before it returns); the sweep looks at all of them anyway.
     */
    int rollForward(String buildingId) {
        int latest = versions.latest(buildingId);
        if (latest > 0) {
            versions.find(buildingId, latest)
                    .filter(version -> version.state() == PriceListVersion.State.APPLYING)
                    .ifPresent(this::complete);
        }
        return latest;
    }

    /**
     * Reprices each unit of the version that was not yet (its marker is not on the unit), unless it
     * was held, reserved or contracted since; then APPLIED. Safe to run any number of times, also at
     * once in several places: each unit write is a compare-and-set, and only one pass marks it applied.
     */
    PriceListVersion complete(PriceListVersion version) {
        List<Repricing.PriceChange> made = new ArrayList<>();
        List<Repricing.NotRepriced> heldSince = new ArrayList<>();
        for (Repricing.PriceChange change : version.changes()) {
            ConcurrentChangeException.retrying(5, () -> {
                if (units.hasApplied(change.unitId(), version.marker())) {
                    made.add(change);
                    return null;
                }
                Unit unit = units.find(change.unitId()).orElseThrow(() -> new NotFoundException("unit", change.unitId()));
                String why = unit.whyNotRepriceable();
                if (why != null) {
                    heldSince.add(new Repricing.NotRepriced(unit.id(), unit.code(), change.row(), unit.spec().listPrice(),
                            change.newPrice(), why));
                } else {
                    units.reprice(unit, change.newPrice(), version.marker());
                    made.add(change);
                }
                return null;
            });
        }
        PriceListVersion applied = version.applied(made, heldSince, clock.instant());
        if (versions.markApplied(applied)) {
            return applied;
        }
        return versions.find(version.buildingId(), version.number()).orElse(applied);
    }
}
