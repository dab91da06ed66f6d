package com.anchang.inventory.application;

import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitSpec;
import java.util.List;

/** Catalogues a building of a project with the units of its price list. */
public class CataloguingBuilding {

    public record CatalogueBuilding(String developerId, String officeId, String projectId, String name, List<UnitSpec> units) {
    }

    private final BuildingRepository buildings;
    private final UnitRepository units;

    public CataloguingBuilding(BuildingRepository buildings, UnitRepository units) {
        this.buildings = buildings;
        this.units = units;
    }

    public Building.Catalogued catalogue(CatalogueBuilding command) {
        Building.Catalogued catalogued = Building.catalogue(command.developerId(), command.officeId(),
                command.projectId(), command.name(), command.units());
        units.insertAll(catalogued.units());
        buildings.insert(catalogued.building());
        return catalogued;
    }
}
