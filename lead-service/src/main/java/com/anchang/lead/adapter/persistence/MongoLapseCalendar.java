package com.anchang.lead.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.domain.LapseCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The lapse calendar (LEAD-3/LEAD-11) in two small collections, both read and written by {@code _id}
 * only, the one key the embedded store always indexes:
 * <ul>
 *   <li>{@code lead_lapse_calendar}: one document per developer, office and release day,
 *       {@code _id = <developerId>:<officeId>:<yyyy-MM-dd>}, with the ids of the leads due that day
 *       ({@code $addToSet} / {@code $pull});</li>
 *   <li>{@code lead_offices}: one document per office that has leads ({@code _id = <developerId>:<officeId>}),
 *       the list the job walks (as many documents as offices, never as leads).</li>
 * </ul>
 */
public class MongoLapseCalendar implements LapseCalendar {

    static final String DAYS = "lead_lapse_calendar";
    static final String OFFICES = "lead_offices";

    private final MongoTemplate mongo;
    /** Offices this process has already noted, so a registration writes the office list once per process. */
    private final Set<String> knownOffices = ConcurrentHashMap.newKeySet();

    public MongoLapseCalendar(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void schedule(String developerId, String officeId, LocalDate releasedOn, String leadId) {
        String office = developerId + ":" + officeId;
        if (!knownOffices.contains(office)) {
            upsert(OFFICES, office, new Update().setOnInsert("developerId", developerId).setOnInsert("officeId", officeId));
            knownOffices.add(office);
        }
        upsert(DAYS, key(developerId, officeId, releasedOn), new Update().addToSet("leadIds", leadId)
                .setOnInsert("developerId", developerId).setOnInsert("officeId", officeId)
                .setOnInsert("day", releasedOn.toString()));
    }

    @Override
    public void unschedule(String developerId, String officeId, LocalDate releasedOn, String leadId) {
        mongo.updateFirst(query(where("_id").is(key(developerId, officeId, releasedOn))),
                new Update().pull("leadIds", leadId), DAYS);
    }

    @Override
    public List<String> dueOn(String developerId, String officeId, LocalDate releasedOn) {
        Document day = mongo.getCollection(DAYS).find(new Document("_id", key(developerId, officeId, releasedOn))).first();
        return day == null ? List.of() : day.getList("leadIds", String.class, List.of());
    }

    @Override
    public List<Office> offices() {
        return mongo.getCollection(OFFICES).find().map(d -> new Office(d.getString("developerId"),
                d.getString("officeId"))).into(new java.util.ArrayList<>());
    }

    private void upsert(String collection, String id, Update update) {
        try {
            mongo.upsert(query(where("_id").is(id)), update, collection);
        } catch (DuplicateKeyException e) {
            // two first writers raced to insert the document: it exists now, so this upsert updates it
            mongo.upsert(query(where("_id").is(id)), update, collection);
        }
    }

    static String key(String developerId, String officeId, LocalDate day) {
        return developerId + ":" + officeId + ":" + day;
    }
}
