package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.Catalogue;

/**
 * Keeps, from inventory-service's events, each building's units catalogued, withheld and sold: a price list
 * imported, a unit's building named, withheld, reserved or contracted, released. Each is a set operation, so
 * a redelivered event changes nothing more.
 */
public class RecordingSellThrough {

    private final Catalogue catalogue;

    public RecordingSellThrough(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void catalogued(String developerId, String officeId, String projectId, String buildingId, String name,
            int units) {
        catalogue.catalogued(developerId, officeId, projectId, buildingId, name, units);
    }

    /** An event of a unit that names its building (a hold, a hold expired). */
    public void unitIn(String unitId, String buildingId) {
        catalogue.unitIn(unitId, buildingId);
    }

    public void withheld(String officeId, String unitId, String buildingId) {
        catalogue.withheld(officeId, unitId, buildingId);
    }

    /** Reserved by a formal deposit (or by a swap), or contracted. */
    public void sold(String officeId, String unitId, boolean contracted) {
        catalogue.sold(officeId, unitId, contracted);
    }

    public void released(String officeId, String unitId, String buildingId) {
        catalogue.released(officeId, unitId, buildingId);
    }
}
