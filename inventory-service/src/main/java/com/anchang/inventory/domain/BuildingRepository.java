package com.anchang.inventory.domain;

import java.util.List;
import java.util.Optional;

/** Port: where buildings live. */
public interface BuildingRepository {

    Optional<Building> find(String buildingId);

    /** The building and its inventory.units-imported event in one insert; listed for its office first. */
    void insert(Building building, UnitsImported imported);

    /** An office's buildings, in the order they were catalogued. */
    List<Building> ofOffice(String officeId);
}
