package com.anchang.identity.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.identity.domain.AuditEntry;
import com.anchang.identity.domain.AuditLog;
import com.anchang.identity.domain.AuditScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The audit log in daily buckets per scope (collection {@code audit}). An entry goes to the bucket of
 * each office in its scope and to its developer's bucket (or the platform's).
 */
public class MongoAuditLog implements AuditLog {

    private final MongoTemplate mongo;
    private final ZoneId zone;

    /** @param zone the zone whose calendar days the buckets follow */
    public MongoAuditLog(MongoTemplate mongo, ZoneId zone) {
        this.mongo = mongo;
        this.zone = zone;
    }

    @Override
    public void record(AuditEntry entry) {
        LocalDate day = LocalDate.ofInstant(entry.at(), zone);
        List<String> buckets = new ArrayList<>();
        entry.officeIds().stream().sorted().forEach(office -> buckets.add(key(new AuditScope.OfficeScope(office), day)));
        buckets.add(entry.developerId() == null ? key(new AuditScope.PlatformScope(), day)
                : key(new AuditScope.DeveloperScope(entry.developerId()), day));
        AuditBucketDocument.EntryDocument document = AuditBucketDocument.EntryDocument.of(entry);
        for (String bucket : buckets) {
            mongo.upsert(query(where("_id").is(bucket)), new Update().push("entries", document), AuditBucketDocument.class);
        }
    }

    @Override
    public List<AuditEntry> read(AuditScope scope, LocalDate day) {
        AuditBucketDocument bucket = mongo.findById(key(scope, day), AuditBucketDocument.class);
        if (bucket == null || bucket.entries() == null) {
            return List.of();
        }
        return bucket.entries().stream().map(AuditBucketDocument.EntryDocument::toDomain).toList();
    }

    static String key(AuditScope scope, LocalDate day) {
        return switch (scope) {
            case AuditScope.OfficeScope office -> "office:" + office.officeId() + ":" + day;
            case AuditScope.DeveloperScope developer -> "developer:" + developer.developerId() + ":" + day;
            case AuditScope.PlatformScope platform -> "platform:" + day;
        };
    }
}
