package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.ExpiryCalendar;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The expiry calendar as one document per hour, {@code _id: "2026-11-22T06"}, listing the units with
 * a hold due in that hour. Every read and write goes by {@code _id}, the one key the embedded store
 * always serves by index (a range query on the units' expiry would scan them all).
 */
public class MongoExpiryCalendar implements ExpiryCalendar {

    static final String COLLECTION = "hold_expiry_hours";

    private final MongoTemplate mongo;

    public MongoExpiryCalendar(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(Instant hourStart) {
        return hourStart.toString().substring(0, 13);
    }

    @Override
    public void enter(String unitId, Instant expiresAt) {
        Instant hour = expiresAt.truncatedTo(ChronoUnit.HOURS);
        Upserts.byId(collection(), id(hour),
                Updates.combine(Updates.addToSet("unitIds", unitId), Updates.setOnInsert("start", Date.from(hour))));
    }

    @Override
    public List<Hour> between(Instant from, Instant to) {
        List<Hour> hours = new ArrayList<>();
        for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); !hour.isAfter(to); hour = hour.plus(1, ChronoUnit.HOURS)) {
            Document doc = collection().find(Filters.eq("_id", id(hour))).first();
            if (doc != null) {
                hours.add(new Hour(doc.getString("_id"), hour, doc.getList("unitIds", String.class, List.of())));
            }
        }
        return hours;
    }

    /**
     * A range over {@code _id} (the hour's name sorts as the hour): the embedded store scans for it, which
     * is cheap here, since the collection holds only the hours of holds not yet dealt with.
     */
    @Override
    public List<Hour> from(Instant from) {
        List<Hour> hours = new ArrayList<>();
        collection().find(Filters.gte("_id", id(from.truncatedTo(ChronoUnit.HOURS))))
                .sort(new Document("_id", 1))
                .forEach(doc -> hours.add(new Hour(doc.getString("_id"), doc.getDate("start").toInstant(),
                        doc.getList("unitIds", String.class, List.of()))));
        return hours;
    }

    @Override
    public void discard(Hour hour) {
        collection().deleteOne(Filters.eq("_id", hour.id()));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
