package com.anchang.inventory.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.application.BoardUpdates;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoUnitRepository implements UnitRepository {

    static final String COLLECTION = "units";

    private final MongoTemplate mongo;
    private final InventoryEvents events;
    private final OutboxRelay relay;
    private final BoardUpdates boards;

    public MongoUnitRepository(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay, BoardUpdates boards) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.boards = boards;
    }

    /**
     * By {@code _id} with an exclusion projection. Besides leaving out the applied event ids, the
     * projection makes the embedded store (mongo-java-server's memory backend) copy the document while
     * it holds the collection's lock; without one it hands out the live stored document, encoded after
     * the lock is released while a concurrent update rewrites it key by key, so a read could see a torn
     * unit (status HELD with no hold yet). The randomized race test caught exactly that.
     */
    @Override
    public Optional<Unit> find(String unitId) {
        Query byId = query(where("_id").is(unitId));
        byId.fields().exclude("appliedEventIds");
        return Optional.ofNullable(mongo.findOne(byId, UnitDocument.class)).map(UnitDocument::toDomain);
    }

    /**
     * Scans the units collection (no unique key serves it); fine at the size of one office's buildings.
     * Projected for the same consistent copy as {@link #find}.
     */
    @Override
    public List<Unit> inBuilding(String buildingId) {
        Query inBuilding = query(where("buildingId").is(buildingId));
        inBuilding.fields().exclude("appliedEventIds");
        return mongo.find(inBuilding, UnitDocument.class).stream().map(UnitDocument::toDomain).toList();
    }

    @Override
    public void insertAll(List<Unit> units) {
        mongo.insert(units.stream().map(UnitDocument::of).toList(), UnitDocument.class);
    }

    @Override
    public void save(Unit unit, List<UnitEvent> caused, String appliedEventId) {
        // flat {_id, version} filter: served by the unique id_version index, a true compare-and-set
        Query current = query(where("_id").is(unit.id()).and("version").is(unit.version()));
        UnitDocument state = UnitDocument.of(unit);
        Update update = new Update()
                .set("status", state.status())
                .set("hold", state.hold())
                .set("reservedForDeal", state.reservedForDeal())
                .set("withholding", state.withholding())
                .set("openingId", state.openingId())
                .set("onSaleFrom", state.onSaleFrom())
                .inc("version", 1);
        if (!caused.isEmpty()) {
            update.push("outbox").each(caused.stream().map(events::toOutbox).toArray());
        }
        if (appliedEventId != null) {
            update.push("appliedEventIds", appliedEventId);
        }
        UpdateResult result = mongo.updateFirst(current, update, UnitDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "unit " + unit.code() + " was changed concurrently");
        }
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, unit.id());
        }
        boards.changed(unit.buildingId());
    }

    @Override
    public boolean hasApplied(String unitId, String eventId) {
        org.bson.Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", unitId))
                .projection(Projections.include("appliedEventIds")).first();
        return doc != null && doc.getList("appliedEventIds", String.class, List.of()).contains(eventId);
    }

    /** One compare-and-set on the flat {_id, version} filter: the new list price and the version's marker together. */
    @Override
    public void reprice(Unit unit, java.math.BigDecimal listPrice, String marker) {
        Query current = query(where("_id").is(unit.id()).and("version").is(unit.version()));
        Update update = new Update().set("listPrice", listPrice).push("appliedEventIds", marker).inc("version", 1);
        if (mongo.updateFirst(current, update, UnitDocument.class).getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "unit " + unit.code() + " was changed concurrently");
        }
        boards.changed(unit.buildingId());
    }
}
