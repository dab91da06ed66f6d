package com.anchang.lead.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.domain.LapseCalendar;
import com.anchang.support.mongo.IdLists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 *   <li>{@code lead_lapse_calendar}: the ids of the leads due on a release day ({@code $addToSet} / {@code $pull}),
 *       spread by the lead id's hash over {@value #BUCKETS} documents per developer, office and day,
 *       {@code _id = <developerId>:<officeId>:<yyyy-MM-dd>#<bucket>}. The store rewrites a whole document on every
 *       update, and every lead registered on a day is due on the same day: in one list per day each registration
 *       rewrote every id registered before it that day, a cost growing with the day's registrations. Documents of
 *       the earlier shape ({@code _id} without the bucket) are still read and pulled from;</li>
 *   <li>{@code lead_offices}: one document per office that has leads ({@code _id = <developerId>:<officeId>}),
 *       the list the job walks (as many documents as offices, never as leads).</li>
 * </ul>
 */
public class MongoLapseCalendar implements LapseCalendar {

    static final String DAYS = "lead_lapse_calendar";
    /** Documents per office and day; the lapse job reads them all once a day, by their ids. */
    static final int BUCKETS = 64;
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
        upsert(DAYS, bucketKey(developerId, officeId, releasedOn, leadId), new Update().addToSet("leadIds", leadId)
                .setOnInsert("developerId", developerId).setOnInsert("officeId", officeId)
                .setOnInsert("day", releasedOn.toString()));
    }

    @Override
    public void unschedule(String developerId, String officeId, LocalDate releasedOn, String leadId) {
        mongo.updateFirst(query(where("_id").is(bucketKey(developerId, officeId, releasedOn, leadId))),
                new Update().pull("leadIds", leadId), DAYS);
        mongo.updateFirst(query(where("_id").is(key(developerId, officeId, releasedOn))),
                new Update().pull("leadIds", leadId), DAYS); // scheduled before the buckets
    }

    @Override
    public List<String> dueOn(String developerId, String officeId, LocalDate releasedOn) {
        List<String> ids = new ArrayList<>(BUCKETS + 1);
        ids.add(key(developerId, officeId, releasedOn));
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            ids.add(bucketKey(developerId, officeId, releasedOn, bucket));
        }
        Set<String> due = new LinkedHashSet<>();
        for (List<String> chunk : IdLists.of(ids)) {
            mongo.getCollection(DAYS).find(new Document("_id", new Document("$in", chunk)))
                    .forEach(day -> due.addAll(day.getList("leadIds", String.class, List.of())));
        }
        return List.copyOf(due);
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

    /** The lead's document of the day: the same for a lead id in every process (String's hash is specified). */
    static String bucketKey(String developerId, String officeId, LocalDate day, String leadId) {
        return bucketKey(developerId, officeId, day, Math.floorMod(leadId.hashCode(), BUCKETS));
    }

    private static String bucketKey(String developerId, String officeId, LocalDate day, int bucket) {
        return key(developerId, officeId, day) + "#" + bucket;
    }

    static String key(String developerId, String officeId, LocalDate day) {
        return developerId + ":" + officeId + ":" + day;
    }
}
