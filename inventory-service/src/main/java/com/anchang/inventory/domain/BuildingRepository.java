package com.anchang.inventory.domain;

import java.util.Optional;

/** Port: where buildings live. */
public interface BuildingRepository {

    Optional<Building> find(String buildingId);

    void insert(Building building);
}
