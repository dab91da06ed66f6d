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
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Reminder schedules in {@value #COLLECTION}. Writes after the insert {@code $set} the state fields and
 * {@code $push} new events to the outbox, by compare-and-set on {_id, version} (ADR 1, ADR 3).
 */
public class MongoReminderScheduleRepository implements ReminderScheduleRepository {

    public static final String COLLECTION = "reminder_schedules";

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
        try {
            mongo.insert(ReminderScheduleDocument.of(schedule, appliedEventId, List.of()));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // _id = deal id: a concurrent or earlier delivery planned this deal's reminders already
            return false;
        }
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
        ReminderScheduleDocument state = ReminderScheduleDocument.of(s, null, List.of());
        Update update = new Update()
                .set("reminders", state.reminders())
                .set("downPaymentDueDate", state.downPaymentDueDate())
                .set("deal", state.deal())
                .set("buyerWechatOpenId", state.buyerWechatOpenId())
                .set("buyerPreferredChannel", state.buyerPreferredChannel())
                .set("buyerOptedOut", state.buyerOptedOut())
                .inc("version", 1);
        if (appliedEventId != null) {
            update.push("appliedEventIds", appliedEventId);
        }
        if (!change.events().isEmpty()) {
            update.push("outbox").each(change.events().stream().map(events::toOutbox).toArray());
        }
        // flat {_id, version} filter: served by the unique id_version index, a true compare-and-set
        if (mongo.updateFirst(query(where("_id").is(s.dealId()).and("version").is(s.version())), update,
                ReminderScheduleDocument.class).getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "reminder schedule of deal " + s.dealId()
                    + " was changed concurrently");
        }
        if (!change.events().isEmpty()) {
            relay.published(COLLECTION, s.dealId());
        }
        return ReminderSchedule.restore(s.dealId(), s.developerId(), s.officeId(), s.unitId(), s.recipient(),
                s.downPaymentDueDate(), s.plannedAt(), s.reminders(), s.version() + 1, s.deal());
    }
}
