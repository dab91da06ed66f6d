package com.anchang.commission.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimeline;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Appends facts by compare-and-set on the document's version, retrying when another write came first. */
public class MongoOwnershipTimelineRepository implements OwnershipTimelineRepository {

    private final MongoTemplate mongo;

    public MongoOwnershipTimelineRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<OwnershipTimeline> find(String leadId) {
        return Optional.ofNullable(mongo.findById(leadId, OwnershipTimelineDocument.class))
                .map(OwnershipTimelineDocument::toDomain);
    }

    @Override
    public boolean record(String leadId, String developerId, String officeId, OwnershipFact fact) {
        OwnershipTimelineDocument.Fact stored = OwnershipTimelineDocument.Fact.of(fact);
        while (true) {
            OwnershipTimelineDocument current = mongo.findById(leadId, OwnershipTimelineDocument.class);
            if (current == null) {
                try {
                    mongo.insert(new OwnershipTimelineDocument(leadId, developerId, officeId, List.of(stored), 0));
                    return true;
                } catch (DuplicateKeyException e) {
                    continue;
                }
            }
            if (current.facts().stream().anyMatch(f -> f.eventId().equals(fact.eventId()))) {
                return false;
            }
            Update update = new Update().push("facts", stored).inc("version", 1)
                    .set("developerId", current.developerId() == null ? developerId : current.developerId())
                    .set("officeId", current.officeId() == null ? officeId : current.officeId());
            if (mongo.updateFirst(query(where("_id").is(leadId).and("version").is(current.version())), update,
                    OwnershipTimelineDocument.class).getModifiedCount() == 1) {
                return true;
            }
        }
    }
}
