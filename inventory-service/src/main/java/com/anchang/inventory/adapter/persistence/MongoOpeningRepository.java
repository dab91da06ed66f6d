package com.anchang.inventory.adapter.persistence;

import com.anchang.events.inventory.OpeningStarted;
import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.domain.Opening;
import com.anchang.inventory.domain.OpeningRepository;
import com.anchang.support.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

public class MongoOpeningRepository implements OpeningRepository {

    static final String COLLECTION = "openings";

    private final MongoTemplate mongo;
    private final InventoryEvents events;
    private final OutboxRelay relay;

    public MongoOpeningRepository(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public Optional<Opening> find(String openingId) {
        return Optional.ofNullable(mongo.findById(openingId, OpeningDocument.class)).map(OpeningDocument::toDomain);
    }

    /** The opening and its inventory.opening-started event in one insert. */
    @Override
    public void insert(Opening o) {
        OpeningStarted started = new OpeningStarted(o.id(), o.developerId(), o.officeId(), o.name(), o.unitIds(),
                o.opensAt(), o.quotaPerBuyer(), o.openedBy(), o.openedAt());
        mongo.insert(OpeningDocument.of(o, List.of(events.toOutbox(o.id(), o.officeId(), started))));
        relay.published(COLLECTION, o.id());
    }
}
