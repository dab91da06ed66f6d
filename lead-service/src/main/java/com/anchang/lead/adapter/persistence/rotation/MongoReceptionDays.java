package com.anchang.lead.adapter.persistence.rotation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.adapter.messaging.rotation.RotationEvents;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.AssignmentStatus;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.domain.rotation.RotationEvent;
import com.anchang.lead.domain.rotation.RoundLog;
import com.anchang.lead.domain.rotation.Skip;
import com.anchang.support.outbox.OutboxEntry;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.client.result.UpdateResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One hot document per office and day. A new day is inserted (two first check-ins racing: the second
 * insert is a duplicate key, retried as a concurrent change); a known day is written in one
 * {@code updateFirst} on the flat {@code {_id, version}} filter (a compare-and-set served by the unique
 * id_version index) that sets the hot state, pushes the caused events to the outbox and pushes what
 * leaves the hot state (finished receptions, closed rounds and their skips) to {@code archive}. After the
 * write, each archived item is copied to its own {@code reception_history} document (by its key, so a
 * repeat is harmless) and pulled from {@code archive}; whatever a crash left there is moved the next
 * time the day is read.
 */
public class MongoReceptionDays implements ReceptionDays {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MongoReceptionDays.class);

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
        ReceptionDayDocument doc = mongo.findById(ReceptionDay.idOf(officeId, businessDay), ReceptionDayDocument.class);
        if (doc == null) {
            return Optional.empty();
        }
        moveToHistory(doc.id(), ReceptionDayDocument.nonNull(doc.archive()));
        return Optional.of(doc.toDomain(ReceptionDayDocument.nonNull(doc.rounds()),
                ReceptionDayDocument.nonNull(doc.assignments()), ReceptionDayDocument.nonNull(doc.skips())));
    }

    @Override
    public Optional<ReceptionDay> findWithHistory(String officeId, LocalDate businessDay) {
        ReceptionDayDocument doc = mongo.findById(ReceptionDay.idOf(officeId, businessDay), ReceptionDayDocument.class);
        if (doc == null) {
            return Optional.empty();
        }
        Map<String, ArchiveItem> notMoved = new HashMap<>();
        ReceptionDayDocument.nonNull(doc.archive()).forEach(item -> notMoved.put(item.key(), item));
        String dayId = doc.id();
        List<RoundLog> rounds = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (Queue queue : Queue.values()) {
            int current = queue == Queue.WALK_IN ? doc.walkInRound() : doc.phoneRound();
            for (int round = 1; round < current; round++) {
                archived(ArchiveItem.roundKey(dayId, queue, round), notMoved).map(ArchiveItem::round)
                        .ifPresent(rounds::add);
                for (int n = 0; ; n++) {
                    Optional<Skip> skip = archived(ArchiveItem.skipKey(dayId, queue, round, n), notMoved)
                            .map(ArchiveItem::skip);
                    if (skip.isEmpty()) {
                        break;
                    }
                    skips.add(skip.get());
                }
            }
        }
        rounds.addAll(ReceptionDayDocument.nonNull(doc.rounds()));
        skips.addAll(ReceptionDayDocument.nonNull(doc.skips()));
        List<Assignment> assignments = new ArrayList<>(ReceptionDayDocument.nonNull(doc.assignments()));
        Set<String> active = new HashSet<>();
        assignments.forEach(a -> active.add(a.id()));
        for (int n = 1; n < doc.nextNumber(); n++) {
            String assignmentId = doc.businessDay() + "-r" + n;
            if (!active.contains(assignmentId)) {
                archived(ArchiveItem.assignmentKey(dayId, assignmentId), notMoved).map(ArchiveItem::assignment)
                        .ifPresent(assignments::add);
            }
        }
        assignments.sort(Comparator.comparingInt(MongoReceptionDays::number));
        skips.sort(Comparator.comparing(Skip::at));
        // rounds in the order they started (the two first rounds of the day start together, walk-in first)
        rounds.sort(Comparator.comparing(RoundLog::startedAt).thenComparing(RoundLog::queue)
                .thenComparingInt(RoundLog::round));
        return Optional.of(doc.toDomain(rounds, assignments, skips));
    }

    /** An archived item by its key: still in the hot document's archive, or in the history. */
    private Optional<ArchiveItem> archived(String key, Map<String, ArchiveItem> notMoved) {
        ArchiveItem item = notMoved.get(key);
        if (item != null) {
            return Optional.of(item);
        }
        ReceptionHistoryDocument history = mongo.findById(key, ReceptionHistoryDocument.class);
        return Optional.ofNullable(history)
                .map(h -> new ArchiveItem(h.id(), h.assignment(), h.skip(), h.round()))
                .filter(i -> i.assignment() != null || i.skip() != null || i.round() != null);
    }

    @Override
    public void save(ReceptionDay day, List<RotationEvent> caused) {
        List<OutboxEntry> entries = caused.stream().map(events::toOutbox).toList();
        List<Assignment> active = new ArrayList<>();
        List<ArchiveItem> leaving = new ArrayList<>();
        for (Assignment assignment : day.assignments()) {
            if (assignment.status() == AssignmentStatus.SERVING) {
                active.add(assignment);
            } else {
                leaving.add(ArchiveItem.of(day.id(), assignment));
            }
        }
        List<Skip> current = new ArrayList<>();
        Map<String, Integer> closedRoundSkips = new HashMap<>();
        for (Skip skip : day.skips()) {
            if (skip.round() == day.round(skip.queue())) {
                current.add(skip);
            } else {
                // all of a closed round's skips leave together, when it closes: numbered in order
                int n = closedRoundSkips.merge(skip.queue() + ":" + skip.round(), 1, Integer::sum) - 1;
                leaving.add(ArchiveItem.of(day.id(), skip, n));
            }
        }
        List<RoundLog> rounds = new ArrayList<>();
        for (RoundLog round : day.roundLogs()) {
            if (round.round() == day.round(round.queue())) {
                rounds.add(round);
            } else {
                leaving.add(ArchiveItem.of(day.id(), round));
            }
        }
        if (day.version() == ReceptionDay.NEW) {
            try {
                mongo.insert(ReceptionDayDocument.of(day, rounds, active, current, entries));
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChangeException(ReceptionDayDocument.COLLECTION,
                        "the rotation of " + day.id() + " was opened concurrently");
            }
        } else {
            ReceptionDayDocument state = ReceptionDayDocument.of(day, rounds, active, current, entries);
            Query now = query(where("_id").is(day.id()).and("version").is(day.version()));
            Update update = new Update()
                    .set("duties", state.duties())
                    .set("walkInRound", state.walkInRound())
                    .set("phoneRound", state.phoneRound())
                    .set("walkInPending", state.walkInPending())
                    .set("phonePending", state.phonePending())
                    .set("rounds", state.rounds())
                    .set("assignments", active)
                    .set("skips", current)
                    .set("ringing", state.ringing())
                    .set("nextNumber", state.nextNumber())
                    .inc("version", 1);
            if (!entries.isEmpty()) {
                update.push("outbox").each(entries.toArray());
            }
            if (!leaving.isEmpty()) {
                update.push("archive").each(leaving.toArray());
            }
            UpdateResult result = mongo.updateFirst(now, update, ReceptionDayDocument.class);
            if (result.getMatchedCount() == 0) {
                throw new ConcurrentChangeException(ReceptionDayDocument.COLLECTION,
                        "the rotation of " + day.id() + " was changed concurrently");
            }
        }
        if (!entries.isEmpty()) {
            relay.published(ReceptionDayDocument.COLLECTION, day.id());
        }
        try {
            moveToHistory(day.id(), leaving);
        } catch (RuntimeException e) {
            // the change is written; what is left in archive is moved the next time the day is read
            log.warn("moving {} items of {} to the history failed, left for the next read: {}", leaving.size(),
                    day.id(), e.toString());
        }
    }

    /** Copies archived items to their history documents (idempotent by key), then pulls them from the hot one. */
    private void moveToHistory(String dayId, List<ArchiveItem> items) {
        for (ArchiveItem item : items) {
            mongo.save(new ReceptionHistoryDocument(item.key(), dayId, item.assignment(), item.skip(), item.round()));
            mongo.updateFirst(query(where("_id").is(dayId)),
                    new Update().pull("archive", new org.bson.Document("key", item.key())), ReceptionDayDocument.class);
        }
    }

    private static void add(Assignment assignment, Skip skip, List<Assignment> assignments, List<Skip> skips) {
        if (assignment != null && assignments.stream().noneMatch(a -> a.id().equals(assignment.id()))) {
            assignments.add(assignment);
        }
        if (skip != null) {
            skips.add(skip);
        }
    }

    private static int number(Assignment assignment) {
        String id = assignment.id();
        return Integer.parseInt(id.substring(id.lastIndexOf("-r") + 2));
    }
}
