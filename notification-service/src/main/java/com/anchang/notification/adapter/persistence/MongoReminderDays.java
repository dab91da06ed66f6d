package com.anchang.notification.adapter.persistence;

import com.anchang.notification.application.ReminderDays;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The office's days in {@value #COLLECTION}: {@code _id} = office id / ISO day, the deals in {@code dealIds}. */
public class MongoReminderDays implements ReminderDays {

    static final String COLLECTION = "reminder_days";

    private final MongoTemplate mongo;

    public MongoReminderDays(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void note(String developerId, String officeId, LocalDate day, String dealId) {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", officeId + "/" + day),
                Updates.combine(Updates.setOnInsert("developerId", developerId), Updates.addToSet("dealIds", dealId)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<Day> find(String officeId, LocalDate day) {
        Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", officeId + "/" + day)).first();
        return Optional.ofNullable(doc)
                .map(d -> new Day(d.getString("developerId"), d.getList("dealIds", String.class, List.of())));
    }
}
