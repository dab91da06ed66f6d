package com.anchang.lead.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.domain.LeadAuditEntry;
import com.anchang.lead.domain.LeadAuditLog;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** The LEAD-10 audit in day buckets per developer and office (collection {@code lead_audit}). */
public class MongoLeadAuditLog implements LeadAuditLog {

    static final String COLLECTION = "lead_audit";

    private final MongoTemplate mongo;

    public MongoLeadAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(LeadAuditEntry entry, LocalDate officeDay) {
        String key = key(entry.developerId(), entry.officeId(), officeDay);
        Update push = new Update().push("entries", LeadAuditBucketDocument.EntryDocument.of(entry))
                .setOnInsert("developerId", entry.developerId())
                .setOnInsert("officeId", entry.officeId())
                .setOnInsert("day", officeDay.toString());
        try {
            mongo.upsert(query(where("_id").is(key)), push, LeadAuditBucketDocument.class);
        } catch (DuplicateKeyException e) {
            // two first entries of a day raced to insert the bucket: it exists now, so this upsert updates it
            mongo.upsert(query(where("_id").is(key)), push, LeadAuditBucketDocument.class);
        }
    }

    @Override
    public List<LeadAuditEntry> read(String developerId, String officeId, LocalDate officeDay) {
        LeadAuditBucketDocument bucket = mongo.findById(key(developerId, officeId, officeDay),
                LeadAuditBucketDocument.class);
        if (bucket == null || bucket.entries() == null) {
            return List.of();
        }
        return bucket.entries().stream().map(LeadAuditBucketDocument.EntryDocument::toDomain).toList();
    }

    static String key(String developerId, String officeId, LocalDate officeDay) {
        return developerId + ":" + officeId + ":" + officeDay;
    }
}
