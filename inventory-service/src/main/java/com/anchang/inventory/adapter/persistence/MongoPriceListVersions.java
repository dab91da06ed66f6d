package com.anchang.inventory.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.events.inventory.UnitsRepriced;
import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.domain.PriceListVersion;
import com.anchang.inventory.domain.PriceListVersions;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Price-list versions by {@code _id} "&lt;building&gt;#&lt;number&gt;": a building's history is read as
 * #1, #2, … until one is missing (numbers have no gaps), each lookup served by the {@code _id}
 * index. Only the roll-forward sweep's query for versions left APPLYING scans; the collection holds
 * one small document per re-import.
 */
public class MongoPriceListVersions implements PriceListVersions {

    static final String COLLECTION = "price_list_versions";

    private final MongoTemplate mongo;
    private final InventoryEvents events;
    private final OutboxRelay relay;

    public MongoPriceListVersions(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public Optional<PriceListVersion> find(String buildingId, int number) {
        // projected: the embedded store then copies the document under its lock (see MongoUnitRepository#find)
        Query byId = query(where("_id").is(PriceListVersion.id(buildingId, number)));
        byId.fields().exclude("outbox");
        return Optional.ofNullable(mongo.findOne(byId, PriceListVersionDocument.class))
                .map(PriceListVersionDocument::toDomain);
    }

    /** Probes #1, #2, … by {@code _id}, reading nothing but the id. */
    @Override
    public int latest(String buildingId) {
        int number = 0;
        while (mongo.getCollection(COLLECTION).find(com.mongodb.client.model.Filters.eq("_id",
                PriceListVersion.id(buildingId, number + 1))).projection(com.mongodb.client.model.Projections.include("_id"))
                .first() != null) {
            number++;
        }
        return number;
    }

    @Override
    public List<PriceListVersion> of(String buildingId) {
        List<PriceListVersion> all = new ArrayList<>();
        for (int number = 1; ; number++) {
            Optional<PriceListVersion> version = find(buildingId, number);
            if (version.isEmpty()) {
                return all;
            }
            all.add(version.get());
        }
    }

    @Override
    public void begin(PriceListVersion version) {
        try {
            mongo.insert(PriceListVersionDocument.of(version));
        } catch (DuplicateKeyException taken) {
            throw new ConcurrentChangeException(COLLECTION, "price-list version " + version.number() + " of building "
                    + version.buildingId() + " was applied concurrently");
        }
    }

    @Override
    public boolean markApplied(PriceListVersion v) {
        UnitsRepriced repriced = InventoryEvents.toContract(v);
        // flat {_id, state} filter: served by the unique id_state index; only one pass completes a version
        Query applying = query(where("_id").is(v.id()).and("state").is(PriceListVersion.State.APPLYING));
        Update update = new Update()
                .set("state", PriceListVersion.State.APPLIED)
                .set("appliedAt", v.appliedAt())
                .set("changes", v.changes())
                .set("notRepriced", v.notRepriced())
                .push("outbox", events.toOutbox(v.buildingId(), v.officeId(), repriced))
                .inc("version", 1);
        if (mongo.updateFirst(applying, update, PriceListVersionDocument.class).getMatchedCount() == 0) {
            return false;
        }
        relay.published(COLLECTION, v.id());
        return true;
    }

    @Override
    public List<PriceListVersion> applying() {
        Query applying = query(where("state").is(PriceListVersion.State.APPLYING));
        applying.fields().exclude("outbox");
        return mongo.find(applying, PriceListVersionDocument.class).stream().map(PriceListVersionDocument::toDomain)
                .toList();
    }
}
