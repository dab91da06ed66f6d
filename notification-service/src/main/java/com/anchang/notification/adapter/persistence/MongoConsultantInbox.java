package com.anchang.notification.adapter.persistence;

import com.anchang.notification.application.ConsultantInbox;
import com.anchang.notification.domain.ConsultantReminder;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Consultants' inboxes in {@value #COLLECTION}: one document per consultant ({@code _id} = the consultant's
 * id, the one key the embedded store always serves), its reminders in {@code entries}, each added with
 * {@code $addToSet}: a redelivered event makes the same entry, which is there already.
 */
public class MongoConsultantInbox implements ConsultantInbox {

    static final String COLLECTION = "consultant_inbox";

    private final MongoTemplate mongo;

    public MongoConsultantInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(ConsultantReminder r) {
        Document entry = new Document("id", r.id()).append("developerId", r.developerId()).append("officeId", r.officeId())
                .append("kind", r.kind().name()).append("subject", r.subject()).append("text", r.text())
                .append("at", Date.from(r.at()));
        UpdateResult result = mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", r.consultantId()),
                Updates.addToSet("entries", entry), new UpdateOptions().upsert(true));
        return result.getUpsertedId() != null || result.getModifiedCount() > 0;
    }

    @Override
    public List<ConsultantReminder> of(String consultantId, int limit) {
        Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", consultantId)).first();
        if (doc == null) {
            return List.of();
        }
        return doc.getList("entries", Document.class, List.of()).stream()
                .map(e -> new ConsultantReminder(e.getString("id"), consultantId, e.getString("developerId"),
                        e.getString("officeId"), ConsultantReminder.Kind.valueOf(e.getString("kind")),
                        e.getString("subject"), e.getString("text"), e.getDate("at").toInstant()))
                .sorted(Comparator.comparing(ConsultantReminder::at).reversed()).limit(limit).toList();
    }
}
