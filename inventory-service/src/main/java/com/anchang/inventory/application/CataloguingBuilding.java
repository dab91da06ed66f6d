package com.anchang.inventory.application;

import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.inventory.domain.UnitsImported;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.util.List;

/**
 * Catalogues a building of a project with the units of its price list, for the caller's developer,
 * in an office where the caller is the PM or sales control (UNIT-6: the price list is the office's).
 * Publishes inventory.units-imported (how many units, by whom).
 */
public class CataloguingBuilding {

    public record CatalogueBuilding(String officeId, String projectId, String name, List<UnitSpec> units) {
    }

    private final BuildingRepository buildings;
    private final UnitRepository units;
    private final Clock clock;

    public CataloguingBuilding(BuildingRepository buildings, UnitRepository units, Clock clock) {
        this.buildings = buildings;
        this.units = units;
        this.clock = clock;
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
        // the building last, with its inventory.units-imported event: no building shows before its units exist
        buildings.insert(catalogued.building(), new UnitsImported(catalogued.building(), catalogued.units().size(),
                caller.userId(), clock.instant()));
        return catalogued;
    }
}
