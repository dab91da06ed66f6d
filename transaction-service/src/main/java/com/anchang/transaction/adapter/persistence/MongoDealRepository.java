package com.anchang.transaction.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.transaction.adapter.messaging.TransactionEvents;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoDealRepository implements DealRepository {

    static final String COLLECTION = "deals";

    private final MongoTemplate mongo;
    private final TransactionEvents events;
    private final OutboxRelay relay;

    public MongoDealRepository(MongoTemplate mongo, TransactionEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public Optional<Deal> find(String dealId) {
        return Optional.ofNullable(mongo.findById(dealId, DealDocument.class)).map(DealDocument::toDomain);
    }

    @Override
    public void insert(Deal deal, List<DealEvent> caused) {
        // the deal and its DealOpened event in one insert
        mongo.insert(DealDocument.of(deal, caused.stream().map(events::toOutbox).toList()));
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, deal.id());
        }
    }

    @Override
    public void save(Deal deal, List<DealEvent> caused, String appliedEventId) {
        // flat {_id, version} filter: served by the unique id_version index, a true compare-and-set
        Query current = query(where("_id").is(deal.id()).and("version").is(deal.version()));
        DealDocument state = DealDocument.of(deal, List.of());
        Update update = new Update()
                .set("status", state.status())
                .set("unitHeldAt", state.unitHeldAt())
                .set("holdExpiresAt", state.holdExpiresAt())
                .set("deposit", state.deposit())
                .set("downPaymentDueDate", state.downPaymentDueDate())
                .inc("version", 1);
        if (!caused.isEmpty()) {
            update.push("outbox").each(caused.stream().map(events::toOutbox).toArray());
        }
        if (appliedEventId != null) {
            update.push("appliedEventIds", appliedEventId);
        }
        UpdateResult result = mongo.updateFirst(current, update, DealDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "deal " + deal.id() + " was changed concurrently");
        }
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, deal.id());
        }
    }

    @Override
    public boolean hasApplied(String dealId, String eventId) {
        org.bson.Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", dealId))
                .projection(Projections.include("appliedEventIds")).first();
        return doc != null && doc.getList("appliedEventIds", String.class, List.of()).contains(eventId);
    }
}
