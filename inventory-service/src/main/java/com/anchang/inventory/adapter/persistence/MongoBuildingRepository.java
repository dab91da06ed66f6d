package com.anchang.inventory.adapter.persistence;

import com.anchang.events.inventory.UnitsImported;
import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.support.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoBuildingRepository implements BuildingRepository {

    static final String COLLECTION = "buildings";

    private final MongoTemplate mongo;
    private final InventoryEvents events;
    private final OutboxRelay relay;

    public MongoBuildingRepository(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    /** One document per office, {@code {_id: officeId, buildingIds: [...]}}: a list read by its key. */
    static final String OFFICE_BUILDINGS = "office_buildings";

    @Override
    public List<Building> ofOffice(String officeId) {
        Document listed = mongo.findById(officeId, Document.class, OFFICE_BUILDINGS);
        if (listed == null) {
            return List.of();
        }
        return listed.getList("buildingIds", String.class).stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /** By {@code _id}, without the outbox. */
    @Override
    public Optional<Building> find(String buildingId) {
        Query byId = Query.query(Criteria.where("_id").is(buildingId));
        byId.fields().exclude("outbox");
        return Optional.ofNullable(mongo.findOne(byId, BuildingDocument.class)).map(BuildingDocument::toDomain);
    }

    /**
     * The building and its inventory.units-imported event in one insert, after its id is added to its
     * office's list: a crash between the two leaves an id that names no building, which
     * {@link #ofOffice} skips, never a building its office does not list.
     */
    @Override
    public void insert(Building b, com.anchang.inventory.domain.UnitsImported imported) {
        mongo.upsert(Query.query(Criteria.where("_id").is(b.officeId())),
                new Update().addToSet("buildingIds", b.id()), OFFICE_BUILDINGS);
        UnitsImported event = InventoryEvents.toContract(imported);
        mongo.insert(BuildingDocument.of(b, List.of(events.toOutbox(b.id(), b.officeId(), event))));
        relay.published(COLLECTION, b.id());
    }
}
