package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.TakenUnitChanges;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The counts as one small document per opening, {@code _id: <opening id>, begun, ended}, apart from the
 * opening itself (whose unit list makes it large): read and written by {@code _id} only, each write one
 * atomic {@code $inc} (an upsert: an opening without a document has counted nothing).
 */
public class MongoTakenUnitChanges implements TakenUnitChanges {

    static final String COLLECTION = "opening_unit_changes";

    private final MongoTemplate mongo;

    public MongoTakenUnitChanges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Count read(String openingId) {
        Document doc = collection().find(Filters.eq("_id", openingId)).first();
        if (doc == null) {
            return Count.NONE;
        }
        return new Count(number(doc, "begun"), number(doc, "ended"));
    }

    @Override
    public void begin(String openingId) {
        increment(openingId, "begun");
    }

    @Override
    public void end(String openingId) {
        increment(openingId, "ended");
    }

    private void increment(String openingId, String field) {
        Upserts.byId(collection(), openingId, Updates.inc(field, 1L));
    }

    private static long number(Document doc, String field) {
        Number n = doc.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
