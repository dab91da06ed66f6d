package com.anchang.lead.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.domain.Collision;
import com.anchang.lead.domain.CollisionEvent;
import com.anchang.lead.domain.CollisionRepository;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.client.result.UpdateResult;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Collisions (LEAD-5) in {@code lead_collisions}, read by {@code _id}; the open ones of an office are
 * listed in one document of {@code lead_open_collisions} ({@code _id = <developerId>:<officeId>}),
 * so the PM's list never searches the collisions.
 */
public class MongoCollisionRepository implements CollisionRepository {

    static final String COLLECTION = "lead_collisions";
    static final String OPEN = "lead_open_collisions";

    private final MongoTemplate mongo;
    private final LeadEvents events;
    private final OutboxRelay relay;

    public MongoCollisionRepository(MongoTemplate mongo, LeadEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public Optional<Collision> find(String collisionId) {
        return Optional.ofNullable(mongo.findById(collisionId, CollisionDocument.class)).map(CollisionDocument::toDomain);
    }

    @Override
    public boolean open(Collision collision, CollisionEvent.Opened opened) {
        // listed first: a crash after it leaves an id the list skips (no such collision), never a hidden one
        String office = office(collision.developerId(), collision.officeId());
        try {
            mongo.upsert(query(where("_id").is(office)), new Update().addToSet("collisionIds", collision.id()), OPEN);
        } catch (DuplicateKeyException e) {
            mongo.upsert(query(where("_id").is(office)), new Update().addToSet("collisionIds", collision.id()), OPEN);
        }
        try {
            mongo.insert(CollisionDocument.of(collision, List.of(events.toOutbox(opened))));
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.published(COLLECTION, collision.id());
        return true;
    }

    @Override
    public void resolve(Collision collision, CollisionEvent.Resolved resolved) {
        Query current = query(where("_id").is(collision.id()).and("version").is(collision.version()));
        Update update = new Update().set("resolution", collision.resolution()).inc("version", 1)
                .push("outbox", events.toOutbox(resolved));
        UpdateResult result = mongo.updateFirst(current, update, CollisionDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "collision " + collision.id() + " was changed concurrently");
        }
        relay.published(COLLECTION, collision.id());
        mongo.updateFirst(query(where("_id").is(office(collision.developerId(), collision.officeId()))),
                new Update().pull("collisionIds", collision.id()), OPEN);
    }

    @Override
    public List<Collision> open(String developerId, String officeId) {
        Document list = mongo.getCollection(OPEN).find(new Document("_id", office(developerId, officeId))).first();
        if (list == null) {
            return List.of();
        }
        return list.getList("collisionIds", String.class, List.of()).stream()
                .map(id -> find(id).orElse(null))
                .filter(Objects::nonNull)
                .filter(c -> c.status() == Collision.Status.OPEN)
                .sorted(Comparator.comparing(Collision::foundAt))
                .toList();
    }

    static String office(String developerId, String officeId) {
        return developerId + ":" + officeId;
    }
}
