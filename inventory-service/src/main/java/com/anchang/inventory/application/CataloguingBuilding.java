package com.anchang.inventory.application;

import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.util.List;

/**
 * Catalogues a building of a project with the units of its price list, for the caller's developer,
 * in an office where the caller is the PM or sales control (UNIT-6: the price list is the office's).
 */
public class CataloguingBuilding {

    public record CatalogueBuilding(String officeId, String projectId, String name, List<UnitSpec> units) {
    }

    private final BuildingRepository buildings;
    private final UnitRepository units;

    public CataloguingBuilding(BuildingRepository buildings, UnitRepository units) {
        this.buildings = buildings;
        this.units = units;
    }

    /** Refuses (404 / 403) a caller who may not catalogue buildings into the office. */
    public void mayCatalogue(Caller caller, String officeId) {
        caller.mustActIn(officeId, "catalogue a building", Caller.PM, Caller.SALES_CONTROL);
    }

    public Building.Catalogued catalogue(Caller caller, CatalogueBuilding command) {
        mayCatalogue(caller, command.officeId());
        if (caller.developerId() == null) {
            // an office role without a developer is no office of any developer's
            throw new NotFoundException("office", command.officeId());
        }
        Building.Catalogued catalogued = Building.catalogue(caller.developerId(), command.officeId(),
                command.projectId(), command.name(), command.units());
        units.insertAll(catalogued.units());
        buildings.insert(catalogued.building());
        return catalogued;
    }
}
