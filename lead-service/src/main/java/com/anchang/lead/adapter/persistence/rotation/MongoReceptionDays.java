package com.anchang.lead.adapter.persistence.rotation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.adapter.messaging.rotation.RotationEvents;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.domain.rotation.RotationEvent;
import com.anchang.support.outbox.OutboxEntry;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.client.result.UpdateResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per office and day. A new day is inserted (two first check-ins racing: the second
 * insert is a duplicate key, retried as a concurrent change); a known day is replaced field by field
 * in one {@code updateFirst} on the flat {@code {_id, version}} filter (a compare-and-set served by
 * the unique id_version index) that also pushes the caused events to the document's outbox.
 */
public class MongoReceptionDays implements ReceptionDays {

    private final MongoTemplate mongo;
    private final RotationEvents events;
    private final OutboxRelay relay;

    public MongoReceptionDays(MongoTemplate mongo, RotationEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public Optional<ReceptionDay> find(String officeId, LocalDate businessDay) {
        return Optional.ofNullable(mongo.findById(ReceptionDay.idOf(officeId, businessDay), ReceptionDayDocument.class))
                .map(ReceptionDayDocument::toDomain);
    }

    @Override
    public void save(ReceptionDay day, List<RotationEvent> caused) {
        List<OutboxEntry> entries = caused.stream().map(events::toOutbox).toList();
        ReceptionDayDocument state = ReceptionDayDocument.of(day, entries);
        if (day.version() == ReceptionDay.NEW) {
            try {
                mongo.insert(state);
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChangeException("the rotation of " + day.id() + " was opened concurrently");
            }
        } else {
            Query current = query(where("_id").is(day.id()).and("version").is(day.version()));
            Update update = new Update()
                    .set("duties", state.duties())
                    .set("walkInRound", state.walkInRound())
                    .set("phoneRound", state.phoneRound())
                    .set("walkInPending", state.walkInPending())
                    .set("phonePending", state.phonePending())
                    .set("rounds", state.rounds())
                    .set("assignments", state.assignments())
                    .set("skips", state.skips())
                    .set("ringing", state.ringing())
                    .inc("version", 1);
            if (!entries.isEmpty()) {
                update.push("outbox").each(entries.toArray());
            }
            UpdateResult result = mongo.updateFirst(current, update, ReceptionDayDocument.class);
            if (result.getMatchedCount() == 0) {
                throw new ConcurrentChangeException("the rotation of " + day.id() + " was changed concurrently");
            }
        }
        if (!entries.isEmpty()) {
            relay.published(ReceptionDayDocument.COLLECTION, day.id());
        }
    }
}
