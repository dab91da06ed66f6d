package com.anchang.inventory.application;

import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.util.List;

/**
 * Reads for sales control: one unit, and a building with its units (UNIT-5; the board lays them out).
 * The price list is confidential to the office (UNIT-6): only the office's staff and its head office
 * see it; to anyone else the unit or building is unknown (404).
 */
public class ViewingInventory {

    public record BuildingUnits(Building building, List<Unit> units) {
    }

    private final BuildingRepository buildings;
    private final UnitRepository units;
    private final OfficeDirectory offices;

    public ViewingInventory(BuildingRepository buildings, UnitRepository units, OfficeDirectory offices) {
        this.buildings = buildings;
        this.units = units;
        this.offices = offices;
    }

    public Unit unit(Caller caller, String unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        caller.mustSee(unit.developerId(), unit.officeId(), "unit", unitId);
        return unit;
    }

    public BuildingUnits building(Caller caller, String buildingId) {
        Building building = buildings.find(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
        caller.mustSee(building.developerId(), building.officeId(), "building", buildingId);
        return new BuildingUnits(building, units.inBuilding(buildingId));
    }

    /**
     * An office's buildings, for whoever reads its boards: its staff and its head office. An office the
     * caller cannot see is unknown (404), whether it lists buildings or none (ADR 32).
     */
    public List<Building> buildingsOf(Caller caller, String officeId) {
        offices.mustSeeOffice(caller, officeId);
        if (!caller.headOffice() && !caller.holds(officeId, Caller.CONSULTANT, Caller.SALES_CONTROL, Caller.FINANCE,
                Caller.PM)) {
            throw new NotFoundException("office", officeId);
        }
        return buildings.ofOffice(officeId);
    }

    /** The building and its units for a board pushed to subscribers whose access was checked when they subscribed. */
    public BuildingUnits building(String buildingId) {
        Building building = buildings.find(buildingId).orElseThrow(() -> new NotFoundException("building", buildingId));
        return new BuildingUnits(building, units.inBuilding(buildingId));
    }
}
