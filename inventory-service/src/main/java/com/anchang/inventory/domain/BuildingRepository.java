package com.anchang.inventory.domain;

import java.util.Optional;

/** Port: where buildings live. */
public interface BuildingRepository {

    Optional<Building> find(String buildingId);

    /** The building and its inventory.units-imported event in one insert. */
    void insert(Building building, UnitsImported imported);
}
