package com.anchang.support.tenancy;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The offices in the collection {@value #COLLECTION} of the service's own database, {@code _id} = the
 * office id, written by one upsert per {@code identity.office-opened} (a redelivered event writes the
 * same again). Reads go to an in-memory map first: an office's developer never changes, so a known
 * office is looked up in the store once per instance; an office not yet in the map is looked up by
 * {@code _id} (the unique key), so an instance learns an office another instance of the service was
 * told of.
 */
public class MongoOfficeDirectory implements OfficeDirectory {

    public static final String COLLECTION = "office_directory";

    private final MongoTemplate mongo;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public MongoOfficeDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> developerOf(String officeId) {
        if (officeId == null) {
            return Optional.empty();
        }
        String developerId = known.get(officeId);
        if (developerId == null) {
            Document stored = mongo.findById(officeId, Document.class, COLLECTION);
            developerId = stored == null ? null : stored.getString("developerId");
            if (developerId != null) {
                known.put(officeId, developerId);
            }
        }
        return Optional.ofNullable(developerId);
    }

    @Override
    public void opened(String officeId, String developerId) {
        mongo.upsert(query(where("_id").is(officeId)), new Update().set("developerId", developerId), COLLECTION);
        known.put(officeId, developerId);
    }
}
