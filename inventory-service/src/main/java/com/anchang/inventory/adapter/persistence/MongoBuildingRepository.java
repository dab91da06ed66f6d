package com.anchang.inventory.adapter.persistence;

import com.anchang.events.inventory.UnitsImported;
import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.support.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

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

    /** By {@code _id}, without the outbox. */
    @Override
    public Optional<Building> find(String buildingId) {
        Query byId = Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(buildingId));
        byId.fields().exclude("outbox");
        return Optional.ofNullable(mongo.findOne(byId, BuildingDocument.class)).map(BuildingDocument::toDomain);
    }

    /** The building and its inventory.units-imported event in one insert. */
    @Override
    public void insert(Building b, com.anchang.inventory.domain.UnitsImported imported) {
        UnitsImported event = InventoryEvents.toContract(imported);
        mongo.insert(BuildingDocument.of(b, List.of(events.toOutbox(b.id(), b.officeId(), event))));
        relay.published(COLLECTION, b.id());
    }
}
