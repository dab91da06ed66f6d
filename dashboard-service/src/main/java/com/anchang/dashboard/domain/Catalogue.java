package com.anchang.dashboard.domain;

import java.util.List;

/**
 * The read model's store of buildings and their units' sale, from inventory-service's events. Every change is
 * a set operation (a unit is in a building's sold set or not), so an event applied twice changes nothing
 * more, and events of different units and buildings may come in any order.
 */
public interface Catalogue {

    /** A building catalogued with its first price list: its project, name and number of units. */
    void catalogued(String developerId, String officeId, String projectId, String buildingId, String name, int units);

    /** The building of a unit, as an event of the unit named it. */
    void unitIn(String unitId, String buildingId);

    /** A unit withheld from sale (控房). */
    void withheld(String officeId, String unitId, String buildingId);

    /** A unit sold: reserved by a formal deposit, or contracted. */
    void sold(String officeId, String unitId, boolean contracted);

    /** A unit back on sale, from whatever status it left. */
    void released(String officeId, String unitId, String buildingId);

    /** The office's buildings and the units sold whose building is not known. */
    OfficeCatalogue of(String officeId);

    record OfficeCatalogue(List<BuildingSales> buildings, long unplacedSold) {
    }
}
