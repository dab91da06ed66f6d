package com.anchang.inventory.application;

import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.NotFoundException;
import java.util.List;

/** Reads for sales control: one unit, and a building with its units (UNIT-5; the board lays them out). */
public class ViewingInventory {

    public record BuildingUnits(Building building, List<Unit> units) {
    }

    private final BuildingRepository buildings;
    private final UnitRepository units;

    public ViewingInventory(BuildingRepository buildings, UnitRepository units) {
        this.buildings = buildings;
        this.units = units;
    }

    public Unit unit(String unitId) {
        return units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    public BuildingUnits building(String buildingId) {
        Building building = buildings.find(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
        return new BuildingUnits(building, units.inBuilding(buildingId));
    }
}
