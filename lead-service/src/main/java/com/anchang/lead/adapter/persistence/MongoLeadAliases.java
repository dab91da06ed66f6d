package com.anchang.lead.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.domain.LeadAliases;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.support.problem.ConcurrentChangeException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * LEAD-6: {@code lead_aliases}, one document per reserved mobile, {@code _id = <officeId>:<mobile>}
 * (the same office + normalised mobile as the leads' unique key), naming the lead it is reserved for.
 * The {@code _id} makes the reservation unique and every look-up an exact key read.
 */
public class MongoLeadAliases implements LeadAliases {

    static final String COLLECTION = "lead_aliases";

    private final MongoTemplate mongo;

    public MongoLeadAliases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String key(String officeId, MobileNumber mobile) {
        return officeId + ":" + mobile.digits();
    }

    @Override
    public Optional<String> leadFor(String officeId, MobileNumber mobile) {
        return Optional.ofNullable(mongo.findById(key(officeId, mobile), LeadAliasDocument.class))
                .map(LeadAliasDocument::leadId);
    }

    @Override
    public Optional<String> reserve(String developerId, String officeId, MobileNumber mobile, String leadId) {
        try {
            mongo.insert(new LeadAliasDocument(key(officeId, mobile), developerId, officeId, mobile.digits(), leadId));
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            // taken: by whom? (released in between: decide again)
            return Optional.of(leadFor(officeId, mobile)
                    .orElseThrow(() -> new ConcurrentChangeException("mobile reservation changed concurrently")));
        }
    }

    @Override
    public void release(String officeId, MobileNumber mobile, String leadId) {
        // flat {_id, leadId} (the unique id_lead index): only this lead's reservation is given up
        mongo.remove(query(where("_id").is(key(officeId, mobile)).and("leadId").is(leadId)), LeadAliasDocument.class);
    }
}
