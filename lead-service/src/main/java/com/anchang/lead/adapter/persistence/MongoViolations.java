package com.anchang.lead.adapter.persistence;


import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.domain.Violation;
import com.anchang.lead.domain.ViolationRepository;
import com.anchang.support.outbox.OutboxEntry;
import com.anchang.support.mongo.Upserts;
import com.anchang.support.outbox.OutboxRelay;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Violations (LEAD-9) in {@code lead_violations} (by {@code _id}, each with its event in its outbox);
 * the ids of an office day in one document of {@code lead_violation_days}
 * ({@code _id = <developerId>:<officeId>:<yyyy-MM-dd>}), so the PM's list is exact-key reads only.
 */
public class MongoViolations implements ViolationRepository {

    static final String COLLECTION = "lead_violations";
    static final String DAYS = "lead_violation_days";

    private final MongoTemplate mongo;
    private final LeadEvents events;
    private final OutboxRelay relay;

    public MongoViolations(MongoTemplate mongo, LeadEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public boolean record(Violation violation) {
        if (!store(violation, List.of(events.toOutbox(violation)))) {
            return false;
        }
        relay.published(COLLECTION, violation.id());
        return true;
    }

    @Override
    public boolean recordPublished(Violation violation) {
        return store(violation, List.of());
    }

    private boolean store(Violation violation, List<OutboxEntry> outbox) {
        // listed first: a crash after it leaves an id the list skips (no such violation), never a hidden one
        String day = day(violation.developerId(), violation.officeId(), violation.day());
        Upserts.byId(mongo.getCollection(DAYS), day, Updates.addToSet("violationIds", violation.id()));
        try {
            mongo.insert(ViolationDocument.of(violation, outbox));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<Violation> onDay(String developerId, String officeId, LocalDate day) {
        Document list = mongo.getCollection(DAYS).find(new Document("_id", day(developerId, officeId, day))).first();
        if (list == null) {
            return List.of();
        }
        return list.getList("violationIds", String.class, List.of()).stream()
                .map(id -> mongo.findById(id, ViolationDocument.class))
                .filter(Objects::nonNull)
                .map(ViolationDocument::toDomain)
                .sorted(Comparator.comparing(Violation::at))
                .toList();
    }

    static String day(String developerId, String officeId, LocalDate day) {
        return developerId + ":" + officeId + ":" + day;
    }
}
