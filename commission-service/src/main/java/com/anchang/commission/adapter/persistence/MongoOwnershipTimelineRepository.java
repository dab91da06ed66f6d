package com.anchang.commission.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimeline;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
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
        return append(new OwnershipTimelineDocument(leadId, developerId, officeId, List.of(stored), List.of(), 0),
                current -> current.facts().stream().anyMatch(f -> f.eventId().equals(fact.eventId())),
                current -> new Update().push("facts", stored)
                        .set("developerId", current.developerId() == null ? developerId : current.developerId())
                        .set("officeId", current.officeId() == null ? officeId : current.officeId()));
    }

    /** One read (the one the write is based on) answers the deals too. */
    @Override
    public Recorded recordFact(String leadId, String developerId, String officeId, OwnershipFact fact) {
        OwnershipTimelineDocument.Fact stored = OwnershipTimelineDocument.Fact.of(fact);
        OwnershipTimelineDocument[] based = new OwnershipTimelineDocument[1];
        boolean added = append(new OwnershipTimelineDocument(leadId, developerId, officeId, List.of(stored), List.of(), 0),
                current -> {
                    based[0] = current;
                    return current.facts().stream().anyMatch(f -> f.eventId().equals(fact.eventId()));
                },
                current -> new Update().push("facts", stored)
                        .set("developerId", current.developerId() == null ? developerId : current.developerId())
                        .set("officeId", current.officeId() == null ? officeId : current.officeId()));
        // the write succeeded on the document as read (compare-and-set on its version), or found the fact in it
        List<String> deals = based[0] == null || based[0].dealIds() == null ? List.of() : based[0].dealIds();
        return new Recorded(added, deals);
    }

    /** The timeline read for the attach (the write, when there is one, changes no fact) answers the caller. */
    @Override
    public OwnershipTimeline attachDeal(String leadId, String dealId) {
        OwnershipTimelineDocument[] based = new OwnershipTimelineDocument[1];
        OwnershipTimelineDocument first = new OwnershipTimelineDocument(leadId, null, null, List.of(), List.of(dealId), 0);
        append(first, current -> {
            based[0] = current;
            return current.dealIds() != null && current.dealIds().contains(dealId);
        }, current -> new Update().push("dealIds", dealId));
        return (based[0] == null ? first : based[0]).toDomain();
    }

    @Override
    public List<String> dealsOf(String leadId) {
        OwnershipTimelineDocument document = mongo.findById(leadId, OwnershipTimelineDocument.class);
        return document == null || document.dealIds() == null ? List.of() : document.dealIds();
    }

    /** @return false when the document holds it already */
    private boolean append(OwnershipTimelineDocument first, Predicate<OwnershipTimelineDocument> holds,
            Function<OwnershipTimelineDocument, Update> change) {
        while (true) {
            OwnershipTimelineDocument current = mongo.findById(first.leadId(), OwnershipTimelineDocument.class);
            if (current == null) {
                try {
                    mongo.insert(first);
                    return true;
                } catch (DuplicateKeyException e) {
                    continue;
                }
            }
            if (holds.test(current)) {
                return false;
            }
            if (mongo.updateFirst(query(where("_id").is(first.leadId()).and("version").is(current.version())),
                    change.apply(current).inc("version", 1), OwnershipTimelineDocument.class).getModifiedCount() == 1) {
                return true;
            }
        }
    }
}
