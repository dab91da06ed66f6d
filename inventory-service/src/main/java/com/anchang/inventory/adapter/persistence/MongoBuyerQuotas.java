package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.BuyerQuotas;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * OPEN-2 as one document per taken slot, {@code _id: "<opening>|<buyer>|<k>"} for k = 1..quota.
 * Taking a slot is an insert of that id: the store's unique {@code _id} makes it atomic and
 * index-served, so of many simultaneous holds by one buyer at most quota insert a slot, with no count
 * read before; freeing is a delete by {@code _id}.
 */
public class MongoBuyerQuotas implements BuyerQuotas {

    static final String COLLECTION = "opening_buyer_slots";

    private final MongoTemplate mongo;

    public MongoBuyerQuotas(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> take(String openingId, String buyerRef, int quota) {
        String buyer = buyerRef.strip();
        for (int k = 1; k <= quota; k++) {
            String slot = openingId + "|" + buyer + "|" + k;
            try {
                collection().insertOne(new Document("_id", slot).append("takenAt", new Date()));
                return Optional.of(slot);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void free(String slot) {
        collection().deleteOne(Filters.eq("_id", slot));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
