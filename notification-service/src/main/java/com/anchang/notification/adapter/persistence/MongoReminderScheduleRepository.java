package com.anchang.notification.adapter.persistence;

import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

public class MongoReminderScheduleRepository implements ReminderScheduleRepository {

    static final String COLLECTION = "reminder_schedules";

    private final MongoTemplate mongo;

    public MongoReminderScheduleRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ReminderSchedule> find(String dealId) {
        return Optional.ofNullable(mongo.findById(dealId, ReminderScheduleDocument.class))
                .map(ReminderScheduleDocument::toDomain);
    }

    @Override
    public boolean insert(ReminderSchedule schedule, String appliedEventId) {
        try {
            mongo.insert(ReminderScheduleDocument.of(schedule, appliedEventId));
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
}
