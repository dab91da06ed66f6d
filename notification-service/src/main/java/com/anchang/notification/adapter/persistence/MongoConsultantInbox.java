package com.anchang.notification.adapter.persistence;

import com.anchang.notification.application.ConsultantInbox;
import com.anchang.notification.domain.ConsultantReminder;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Consultants' inboxes in {@value #COLLECTION}: one document per consultant ({@code _id} = the consultant's
 * id, the one key the embedded store always serves), its reminders in {@code entries}, each added with
 * {@code $addToSet}: a redelivered event makes the same entry, which is there already. An office's PM
 * inbox is the document {@code pm:<office>}: what waits for the PM under {@code waiting.<id>}, its
 * decision under {@code done.<id>}, each a {@code $set} by {@code _id} of a field of its own, so a
 * redelivery sets what is there and a decision that arrives first is kept for what it decides.
 */
public class MongoConsultantInbox implements ConsultantInbox {

    static final String COLLECTION = "consultant_inbox";

    private final MongoTemplate mongo;

    public MongoConsultantInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(ConsultantReminder r) {
        if (r.forThePm()) {
            return waiting(r);
        }
        Document entry = new Document("id", r.id()).append("developerId", r.developerId()).append("officeId", r.officeId())
                .append("kind", r.kind().name()).append("subject", r.subject()).append("text", r.text())
                .append("at", Date.from(r.at()));
        UpdateResult result = mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", r.consultantId()),
                Updates.addToSet("entries", entry), new UpdateOptions().upsert(true));
        return result.getUpsertedId() != null || result.getModifiedCount() > 0;
    }

    private boolean waiting(ConsultantReminder r) {
        Document entry = new Document("id", r.id()).append("developerId", r.developerId()).append("officeId", r.officeId())
                .append("kind", r.kind().name()).append("subject", r.subject()).append("text", r.text())
                .append("at", Date.from(r.at()));
        String field = "waiting." + key(r.id());
        Document before = mongo.getCollection(COLLECTION).findOneAndUpdate(Filters.eq("_id", r.consultantId()),
                Updates.set(field, entry), new FindOneAndUpdateOptions().upsert(true)
                        .projection(Projections.include(field)).returnDocument(ReturnDocument.BEFORE));
        return before == null || before.get("waiting", new Document()).get(key(r.id())) == null;
    }

    @Override
    public boolean done(String addressee, String id, Instant at, String outcome) {
        String field = "done." + key(id);
        Document before = mongo.getCollection(COLLECTION).findOneAndUpdate(Filters.eq("_id", addressee),
                Updates.set(field, new Document("at", Date.from(at)).append("outcome", outcome)),
                new FindOneAndUpdateOptions().upsert(true).projection(Projections.include(field))
                        .returnDocument(ReturnDocument.BEFORE));
        return before == null || before.get("done", new Document()).get(key(id)) == null;
    }

    /** A field name of an id: without the dots and dollars a field name may not hold. */
    private static String key(String id) {
        return id.replace('.', '_').replace('$', '_');
    }

    @Override
    public List<ConsultantReminder> of(String addressee, int limit) {
        Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", addressee)).first();
        if (doc == null) {
            return List.of();
        }
        List<ConsultantReminder> all = new ArrayList<>(doc.getList("entries", Document.class, List.of()).stream()
                .map(e -> reminder(addressee, e)).toList());
        Document done = doc.get("done", new Document());
        doc.get("waiting", new Document()).forEach((key, value) -> {
            ConsultantReminder r = reminder(addressee, (Document) value);
            Document decided = done.get(key, Document.class);
            all.add(decided == null ? r : r.done(decided.getDate("at").toInstant(), decided.getString("outcome")));
        });
        return all.stream().sorted(Comparator.comparing(ConsultantReminder::at).reversed()).limit(limit).toList();
    }

    private static ConsultantReminder reminder(String addressee, Document e) {
        return new ConsultantReminder(e.getString("id"), addressee, e.getString("developerId"), e.getString("officeId"),
                ConsultantReminder.Kind.valueOf(e.getString("kind")), e.getString("subject"), e.getString("text"),
                e.getDate("at").toInstant(), null, null);
    }
}
