package com.anchang.support.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Upserts of one document by {@code _id}, for documents that many writers may be the first to create. */
public final class Upserts {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private Upserts() {
    }

    /**
     * Applies the update to the document {@code _id}, creating it if absent. When two writers create it
     * at once, the loser's insert is a duplicate key (MongoDB and the embedded store alike): its update
     * is applied once more, now to the document the winner created. Any other write error is thrown.
     */
    public static void byId(MongoCollection<Document> collection, Object id, Bson update) {
        try {
            collection.updateOne(Filters.eq("_id", id), update, UPSERT);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            collection.updateOne(Filters.eq("_id", id), update, UPSERT);
        }
    }
}
