package com.anchang.inventory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Version {@code number} (1, 2, …) of a building's price list: a re-import of changed prices, who
 * applied it and when, the changes it made and the units it left at their deal's price. It is
 * APPLYING from the moment it is written, with every change it is to make, until each unit was
 * repriced (or found held since, which it records); only then APPLIED. A version left APPLYING by a
 * crash is rolled forward, never backward, and never shows as applied half-way.
 */
public record PriceListVersion(String id, String buildingId, String developerId, String officeId, String buildingName,
        int number, State state, String fileName, String appliedBy, Instant startedAt, Instant appliedAt,
        List<Repricing.PriceChange> changes, List<Repricing.NotRepriced> notRepriced) {

    public enum State {
        APPLYING, APPLIED
    }

    public PriceListVersion {
        Objects.requireNonNull(id);
        changes = List.copyOf(changes);
        notRepriced = List.copyOf(notRepriced);
    }

    public static String id(String buildingId, int number) {
        return buildingId + "#" + number;
    }

    /** The version about to be applied: every planned change, state APPLYING. */
    public static PriceListVersion begin(Building building, int number, String fileName, String by, Instant at,
            Repricing plan) {
        return new PriceListVersion(id(building.id(), number), building.id(), building.developerId(),
                building.officeId(), building.name(), number, State.APPLYING, fileName, by, at, null, plan.changes(),
                plan.notRepriced());
    }

    /**
     * Marks a unit's write as done by this version, in the same write as its new price, so that
     * rolling the version forward again never writes it twice.
     */
    public String marker() {
        return "price-list:" + id;
    }

    /** The version once every unit was dealt with: the changes made, and those found held since. */
    public PriceListVersion applied(List<Repricing.PriceChange> made, List<Repricing.NotRepriced> heldSince, Instant at) {
        List<Repricing.NotRepriced> kept = new ArrayList<>(notRepriced);
        kept.addAll(heldSince);
        return new PriceListVersion(id, buildingId, developerId, officeId, buildingName, number, State.APPLIED, fileName,
                appliedBy, startedAt, at, made, kept);
    }
}
