package com.anchang.lead.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.domain.LeadAuditEntry;
import com.anchang.lead.domain.LeadAuditLog;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** The lead audit in hourly buckets of office days per developer and office (collection {@code lead_audit}). */
public class MongoLeadAuditLog implements LeadAuditLog {

    static final String COLLECTION = "lead_audit";

    private final MongoTemplate mongo;

    public MongoLeadAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(LeadAuditEntry entry, LocalDate officeDay) {
        String key = key(entry.developerId(), entry.officeId(), officeDay, entry.at().atZone(ZoneOffset.UTC).getHour());
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
        List<LeadAuditEntry> entries = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            LeadAuditBucketDocument bucket = mongo.findById(key(developerId, officeId, officeDay, hour),
                    LeadAuditBucketDocument.class);
            if (bucket != null && bucket.entries() != null) {
                bucket.entries().stream().map(LeadAuditBucketDocument.EntryDocument::toDomain).forEach(entries::add);
            }
        }
        // in the order they happened (a stable sort keeps the append order of equal instants)
        entries.sort(Comparator.comparing(LeadAuditEntry::at));
        return entries;
    }

    static String key(String developerId, String officeId, LocalDate officeDay, int utcHour) {
        return developerId + ":" + officeId + ":" + officeDay + ":" + String.format("%02d", utcHour);
    }
}
