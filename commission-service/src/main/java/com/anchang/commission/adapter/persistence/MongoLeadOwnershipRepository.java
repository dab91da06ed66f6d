package com.anchang.commission.adapter.persistence;

import com.anchang.commission.domain.LeadOwnership;
import com.anchang.commission.domain.LeadOwnershipRepository;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

public class MongoLeadOwnershipRepository implements LeadOwnershipRepository {

    private final MongoTemplate mongo;

    public MongoLeadOwnershipRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<LeadOwnership> find(String leadId) {
        return Optional.ofNullable(mongo.findById(leadId, LeadOwnershipDocument.class))
                .map(LeadOwnershipDocument::toDomain);
    }

    @Override
    public boolean remember(LeadOwnership ownership, String eventId) {
        try {
            mongo.insert(LeadOwnershipDocument.of(ownership, eventId));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
