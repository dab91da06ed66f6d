package com.anchang.notification.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.notification.adapter.messaging.NotificationEvents;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Reminder schedules in {@value #COLLECTION}. Writes after the insert {@code $set} the state fields and
 * {@code $push} new events to the outbox, by compare-and-set on {_id, version} (ADR 1, ADR 3).
 */
public class MongoReminderScheduleRepository implements ReminderScheduleRepository {

    public static final String COLLECTION = "reminder_schedules";
    /** Set by each write of {@link #saveAll}, to tell afterwards which of a bulk write's compare-and-sets matched. */
    private static final String WRITE_TOKEN = "writeToken";

    private final MongoTemplate mongo;
    private final NotificationEvents events;
    private final OutboxRelay relay;

    public MongoReminderScheduleRepository(MongoTemplate mongo, NotificationEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public Optional<ReminderSchedule> find(String dealId) {
        return Optional.ofNullable(mongo.findById(dealId, ReminderScheduleDocument.class))
                .map(ReminderScheduleDocument::toDomain);
    }

    @Override
    public boolean insert(ReminderSchedule schedule, String appliedEventId) {
        return insert(new ReminderSchedule.Change(schedule, List.of()), appliedEventId);
    }

    @Override
    public boolean insert(ReminderSchedule.Change change, String appliedEventId) {
        ReminderSchedule schedule = change.schedule();
        try {
            mongo.insert(ReminderScheduleDocument.of(schedule, appliedEventId,
                    change.events().stream().map(events::toOutbox).toList()));
            if (!change.events().isEmpty()) {
                relay.published(COLLECTION, schedule.dealId());
            }
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // _id = deal id: a concurrent or earlier delivery planned this deal's reminders already
            return false;
        }
    }

    /**
     * New schedules in one insert, each with the event that planned it: a bulk load (the dispatch
     * benchmark's set-up), not a path of the service, which plans deal by deal from its events.
     */
    public void insertAll(List<ReminderSchedule> planned, List<String> appliedEventIds) {
        List<ReminderScheduleDocument> docs = new ArrayList<>(planned.size());
        for (int i = 0; i < planned.size(); i++) {
            docs.add(ReminderScheduleDocument.of(planned.get(i), appliedEventIds.get(i), List.of()));
        }
        mongo.insertAll(docs);
    }

    @Override
    public boolean hasApplied(String dealId, String eventId) {
        org.bson.Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", dealId))
                .projection(Projections.include("appliedEventIds")).first();
        return doc != null && doc.getList("appliedEventIds", String.class, List.of()).contains(eventId);
    }

    @Override
    public ReminderSchedule save(ReminderSchedule.Change change) {
        return save(change, null);
    }

    @Override
    public ReminderSchedule save(ReminderSchedule.Change change, String appliedEventId) {
        ReminderSchedule s = change.schedule();
        // flat {_id, version} filter: served by the unique id_version index, a true compare-and-set
        if (mongo.updateFirst(compareAndSet(s), update(change, appliedEventId), ReminderScheduleDocument.class)
                .getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "reminder schedule of deal " + s.dealId()
                    + " was changed concurrently");
        }
        if (!change.events().isEmpty()) {
            relay.published(COLLECTION, s.dealId());
        }
        return stored(s);
    }

    @Override
    public Map<String, ReminderSchedule> findAll(Collection<String> dealIds) {
        Map<String, ReminderSchedule> found = new HashMap<>();
        // {_id: {$in: [...]}}: the embedded store serves it by the _id index, one lookup per id
        mongo.find(query(where("_id").in(dealIds)), ReminderScheduleDocument.class)
                .forEach(d -> found.put(d.id(), d.toDomain()));
        return found;
    }

    /**
     * One unordered bulk write of compare-and-sets on {_id, version}, each also setting a token of its own.
     * When fewer matched than were sent, the tokens read back tell which were written.
     */
    @Override
    public List<Optional<ReminderSchedule>> saveAll(List<ReminderSchedule.Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReminderScheduleDocument.class);
        List<String> tokens = new ArrayList<>(changes.size());
        for (ReminderSchedule.Change change : changes) {
            String token = UUID.randomUUID().toString();
            tokens.add(token);
            bulk.updateOne(compareAndSet(change.schedule()), update(change, null).set(WRITE_TOKEN, token));
        }
        int matched = bulk.execute().getMatchedCount();
        Set<String> written = new HashSet<>(tokens);
        if (matched < changes.size()) {
            written.clear();
            mongo.getCollection(COLLECTION)
                    .find(new org.bson.Document("_id", new org.bson.Document("$in",
                            changes.stream().map(c -> c.schedule().dealId()).toList())))
                    .projection(Projections.include(WRITE_TOKEN))
                    .forEach(d -> written.add(d.getString(WRITE_TOKEN)));
        }
        List<Optional<ReminderSchedule>> saved = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            ReminderSchedule.Change change = changes.get(i);
            boolean ok = written.contains(tokens.get(i));
            if (ok && !change.events().isEmpty()) {
                relay.published(COLLECTION, change.schedule().dealId());
            }
            saved.add(ok ? Optional.of(stored(change.schedule())) : Optional.empty());
        }
        return saved;
    }

    private static Query compareAndSet(ReminderSchedule s) {
        return query(where("_id").is(s.dealId()).and("version").is(s.version()));
    }

    private Update update(ReminderSchedule.Change change, String appliedEventId) {
        Update update;
        int only = change.only() == null ? -1 : indexOf(change.schedule(), change.only());
        if (only >= 0) {
            // a delivery step changes one reminder of the schedule read at this version: that reminder alone
            // (the compare-and-set on the version guarantees the list is still the one read)
            update = new Update()
                    .set("reminders." + only, ReminderScheduleDocument.ReminderDocument.of(
                            change.schedule().reminders().get(only)))
                    .inc("version", 1);
        } else {
            update = whole(change);
        }
        if (appliedEventId != null) {
            update.push("appliedEventIds", appliedEventId);
        }
        if (!change.events().isEmpty()) {
            update.push("outbox").each(change.events().stream().map(events::toOutbox).toArray());
        }
        return update;
    }

    private static int indexOf(ReminderSchedule s, String reminderId) {
        for (int i = 0; i < s.reminders().size(); i++) {
            if (s.reminders().get(i).id().equals(reminderId)) {
                return i;
            }
        }
        return -1;
    }

    private static Update whole(ReminderSchedule.Change change) {
        ReminderScheduleDocument state = ReminderScheduleDocument.of(change.schedule(), null, List.of());
        Update update = new Update()
                .set("reminders", state.reminders())
                .set("downPaymentDueDate", state.downPaymentDueDate())
                .set("deal", state.deal())
                .set("buyerWechatOpenId", state.buyerWechatOpenId())
                .set("buyerPreferredChannel", state.buyerPreferredChannel())
                .set("buyerOptedOut", state.buyerOptedOut())
                .inc("version", 1);
        if (!change.schedule().instalments().isEmpty()) {
            // a plan, once told, is always told whole again (never emptied): left alone when there is none
            update.set("instalments", state.instalments());
        }
        return update;
    }

    private static ReminderSchedule stored(ReminderSchedule s) {
        return s.written();
    }
}
