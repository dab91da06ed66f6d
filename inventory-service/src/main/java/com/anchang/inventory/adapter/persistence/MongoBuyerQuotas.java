package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.BuyerQuotas;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * OPEN-2 as one document per taken slot, {@code _id: "<opening>|<buyer>|<k>"} for k = 1..quota.
 * Taking a slot is an insert of that id: the store's unique {@code _id} makes it atomic and
 * index-served, so of many simultaneous holds by one buyer at most quota insert a slot, with no count
 * read before; freeing is a delete by {@code _id}. A slot names the unit whose hold took it, so one a
 * crash left behind can be recognised and freed (only if unchanged since it was read).
 */
public class MongoBuyerQuotas implements BuyerQuotas {

    static final String COLLECTION = "opening_buyer_slots";

    private final MongoTemplate mongo;

    public MongoBuyerQuotas(MongoTemplate mongo) {
        this.mongo = mongo;
        // {_id, takenAt} unique: serves freeIfStill's filter by index on the embedded store too
        collection().createIndex(Indexes.ascending("_id", "takenAt"), new IndexOptions().unique(true));
    }

    @Override
    public Optional<String> take(String openingId, String buyerRef, int quota, String unitId) {
        for (int k = 1; k <= quota; k++) {
            String slot = slotId(openingId, buyerRef, k);
            try {
                collection().insertOne(new Document("_id", slot).append("takenAt", new Date()).append("unitId", unitId));
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
    public List<Slot> taken(String openingId, String buyerRef, int quota) {
        List<Slot> slots = new ArrayList<>();
        for (int k = 1; k <= quota; k++) {
            Document doc = collection().find(Filters.eq("_id", slotId(openingId, buyerRef, k))).first();
            if (doc != null) {
                slots.add(new Slot(doc.getString("_id"), doc.getString("unitId"), doc.getDate("takenAt").toInstant()));
            }
        }
        return slots;
    }

    @Override
    public void free(String slot) {
        collection().deleteOne(Filters.eq("_id", slot));
    }

    /** A flat {_id, takenAt} filter (not Filters.and, which the embedded store would scan for). */
    @Override
    public boolean freeIfStill(Slot slot) {
        Document same = new Document("_id", slot.id()).append("takenAt", Date.from(slot.takenAt()));
        return collection().deleteOne(same).getDeletedCount() == 1;
    }

    private static String slotId(String openingId, String buyerRef, int k) {
        return openingId + "|" + buyerRef.strip() + "|" + k;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
