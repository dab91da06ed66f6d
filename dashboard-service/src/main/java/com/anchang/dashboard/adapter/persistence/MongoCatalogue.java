package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.anchang.dashboard.domain.BuildingSales;
import com.anchang.dashboard.domain.Catalogue;
import com.anchang.support.mongo.Upserts;
import com.anchang.support.mongo.IdLists;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Three collections, each written and read by {@code _id} only:
 * <ul>
 *   <li>{@code buildings} ({@code _id} = building): office, project, name, units catalogued, and the sets of its
 *       units withheld, sold and contracted;</li>
 *   <li>{@code units} ({@code _id} = unit): its building, as an event of the unit named it (a reservation or
 *       contract does not);</li>
 *   <li>{@code office_buildings} ({@code _id} = office): its buildings, and the units sold whose building is not
 *       known.</li>
 * </ul>
 * Sets ({@code $addToSet}, {@code $pull}) make every event idempotent without event ids.
 */
public class MongoCatalogue implements Catalogue {

    static final String BUILDINGS = "buildings";
    static final String UNITS = "units";
    static final String OFFICE_BUILDINGS = "office_buildings";

    private final MongoCollection<Document> buildings;
    private final MongoCollection<Document> units;
    private final MongoCollection<Document> officeBuildings;

    public MongoCatalogue(MongoTemplate mongo) {
        this.buildings = mongo.getCollection(BUILDINGS);
        this.units = mongo.getCollection(UNITS);
        this.officeBuildings = mongo.getCollection(OFFICE_BUILDINGS);
    }

    @Override
    public void catalogued(String developerId, String officeId, String projectId, String buildingId, String name,
            int unitCount) {
        Upserts.byId(buildings, buildingId, Updates.combine(Updates.set("developerId", developerId),
                Updates.set("officeId", officeId), Updates.set("projectId", projectId), Updates.set("name", name),
                Updates.set("units", unitCount)));
        Upserts.byId(officeBuildings, officeId, Updates.addToSet("buildings", buildingId));
    }

    @Override
    public void unitIn(String unitId, String buildingId) {
        Upserts.byId(units, unitId, Updates.set("buildingId", buildingId));
    }

    @Override
    public void withheld(String officeId, String unitId, String buildingId) {
        unitIn(unitId, buildingId);
        Upserts.byId(buildings, buildingId, Updates.addToSet("withheld", unitId));
        Upserts.byId(officeBuildings, officeId, Updates.addToSet("buildings", buildingId));
    }

    @Override
    public void sold(String officeId, String unitId, boolean contracted) {
        Document unit = units.find(eq("_id", unitId)).first();
        String buildingId = unit == null ? null : unit.getString("buildingId");
        if (buildingId == null) {
            Upserts.byId(officeBuildings, officeId, contracted
                    ? Updates.combine(Updates.addToSet("unplacedSold", unitId), Updates.addToSet("unplacedContracted", unitId))
                    : Updates.addToSet("unplacedSold", unitId));
            return;
        }
        Upserts.byId(buildings, buildingId, contracted
                ? Updates.combine(Updates.addToSet("sold", unitId), Updates.addToSet("contracted", unitId),
                        Updates.pull("withheld", unitId))
                : Updates.combine(Updates.addToSet("sold", unitId), Updates.pull("withheld", unitId)));
        Upserts.byId(officeBuildings, officeId, Updates.addToSet("buildings", buildingId));
    }

    @Override
    public void released(String officeId, String unitId, String buildingId) {
        if (buildingId != null) {
            unitIn(unitId, buildingId);
            Upserts.byId(buildings, buildingId, Updates.combine(Updates.pull("sold", unitId),
                    Updates.pull("contracted", unitId), Updates.pull("withheld", unitId)));
        }
        Upserts.byId(officeBuildings, officeId, Updates.combine(Updates.pull("unplacedSold", unitId),
                Updates.pull("unplacedContracted", unitId)));
    }

    @Override
    public OfficeCatalogue of(String officeId) {
        Document office = officeBuildings.find(eq("_id", officeId)).first();
        if (office == null) {
            return new OfficeCatalogue(List.of(), 0);
        }
        List<BuildingSales> found = new ArrayList<>();
        List<String> ids = office.getList("buildings", String.class, List.of());
        for (List<String> chunk : IdLists.of(ids)) {
            for (Document b : buildings.find(in("_id", chunk))) {
                found.add(BuildingSales.of(b.getString("projectId"), b.getString("_id"), b.getString("name"),
                        b.getInteger("units", 0), size(b, "withheld"), size(b, "sold"), size(b, "contracted")));
            }
        }
        return new OfficeCatalogue(found, size(office, "unplacedSold"));
    }

    private static long size(Document document, String set) {
        return document.getList(set, String.class, List.of()).size();
    }
}
