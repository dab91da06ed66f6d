package com.anchang.inventory.domain;

import com.anchang.support.problem.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A building of a project, catalogued with its units from a price list (UNIT-1). */
public record Building(String id, String developerId, String officeId, String projectId, String name,
        int floors, int unitsPerFloor) {

    public Building {
        Objects.requireNonNull(id);
        Objects.requireNonNull(officeId);
    }

    /** Catalogues a building and its units; refuses a price list with two lines for one unit. */
    public static Catalogued catalogue(String developerId, String officeId, String projectId, String name,
            List<UnitSpec> specs) {
        Set<String> places = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            UnitSpec spec = specs.get(i);
            if (!places.add(spec.floor() + "/" + spec.number())) {
                throw new InvalidInputException("units[" + i + "]", "duplicates unit " + spec.number()
                        + " on floor " + spec.floor());
            }
        }
        String id = "bld-" + UUID.randomUUID().toString().substring(0, 8);
        int floors = specs.stream().mapToInt(UnitSpec::floor).max().orElse(0);
        int perFloor = specs.stream().mapToInt(UnitSpec::number).max().orElse(0);
        Building building = new Building(id, developerId, officeId, projectId, name, floors, perFloor);
        List<Unit> units = specs.stream()
                .map(spec -> Unit.catalogue(developerId, officeId, projectId, id, name, spec))
                .toList();
        return new Catalogued(building, units);
    }

    public record Catalogued(Building building, List<Unit> units) {
    }
}
