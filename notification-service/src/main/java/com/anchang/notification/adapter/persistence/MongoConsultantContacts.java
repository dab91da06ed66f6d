package com.anchang.notification.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.notification.domain.ConsultantContact;
import com.anchang.notification.domain.ConsultantContacts;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The staff's contacts in {@value #COLLECTION}, {@code _id} = the user id. A newer contact replaces the kept
 * one by one conditional upsert on {@code {_id, sequence < new}}: when the kept one is as new or newer, the
 * filter matches nothing and the upsert's insert of the same {@code _id} is refused by the unique key, so a
 * redelivered or late event changes nothing (and no separate record of applied event ids is needed).
 */
public class MongoConsultantContacts implements ConsultantContacts {

    public static final String COLLECTION = "consultant_contacts";
    /** How many planned SMS of one user are remembered: far more than can wait unsent at once. */
    static final int PLANNED_KEPT = 50;

    private final MongoTemplate mongo;

    public MongoConsultantContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean record(ConsultantContact c) {
        Update update = new Update().set("displayName", c.displayName()).set("mobile", c.mobile())
                .set("smsReminders", c.smsReminders()).set("employed", c.employed()).set("sequence", c.sequence())
                .set("changedAt", c.changedAt() == null ? null : Date.from(c.changedAt()))
                .set("pmOf", c.pmOffices().stream().sorted().toList());
        try {
            var result = mongo.upsert(query(where("_id").is(c.userId()).and("sequence").lt(c.sequence())), update,
                    COLLECTION);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException asNewOrNewer) {
            return false;
        }
    }

    @Override
    public Optional<ConsultantContact> of(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Document.class, COLLECTION)).map(MongoConsultantContacts::contact);
    }

    /** Scans the contacts (the embedded store serves no non-unique key): one document per member of staff. */
    @Override
    public List<ConsultantContact> pmsOf(String officeId) {
        return mongo.find(query(where("pmOf").is(officeId)), Document.class, COLLECTION).stream()
                .map(MongoConsultantContacts::contact).toList();
    }

    private static ConsultantContact contact(Document d) {
        Date changedAt = d.getDate("changedAt");
        return new ConsultantContact(d.getString("_id"), d.getString("displayName"), d.getString("mobile"),
                Boolean.TRUE.equals(d.getBoolean("smsReminders")), Boolean.TRUE.equals(d.getBoolean("employed")),
                ((Number) d.get("sequence")).longValue(), changedAt == null ? null : changedAt.toInstant(),
                Set.copyOf(d.getList("pmOf", String.class, List.of())));
    }

    @Override
    public void planned(String userId, String scheduleId) {
        mongo.updateFirst(query(where("_id").is(userId)), new Update().push("smsPlanned").slice(-PLANNED_KEPT)
                .each(scheduleId), COLLECTION);
    }

    @Override
    public List<String> planned(String userId) {
        Document d = mongo.findById(userId, Document.class, COLLECTION);
        return d == null ? List.of() : d.getList("smsPlanned", String.class, List.of());
    }
}
