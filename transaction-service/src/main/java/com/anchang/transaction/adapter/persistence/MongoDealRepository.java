package com.anchang.transaction.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.transaction.adapter.messaging.TransactionEvents;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoDealRepository implements DealRepository {

    static final String COLLECTION = "deals";

    private final MongoTemplate mongo;
    private final TransactionEvents events;
    private final OutboxRelay relay;
    private final DealPolicies policies;
    private final MongoDealKeys keys;

    public MongoDealRepository(MongoTemplate mongo, TransactionEvents events, OutboxRelay relay,
            DealPolicies policies) {
        this(mongo, events, relay, policies, new MongoDealKeys(mongo));
    }

    MongoDealRepository(MongoTemplate mongo, TransactionEvents events, OutboxRelay relay, DealPolicies policies,
            MongoDealKeys keys) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
        this.policies = policies;
        this.keys = keys;
    }

    /**
     * By {@code _id}, with an exclusion projection: the embedded store then copies the document under its
     * lock instead of handing out the live one a concurrent update is rewriting (a torn read, see
     * inventory-service's README).
     */
    @Override
    public Optional<Deal> find(String dealId) {
        Query byId = query(where("_id").is(dealId));
        byId.fields().exclude("appliedEventIds");
        return Optional.ofNullable(mongo.findOne(byId, DealDocument.class)).map(DealDocument::toDomain);
    }

    @Override
    public boolean insert(Deal deal, List<DealEvent> caused) {
        // listed under its keys first, then the deal and its DealOpened event in one insert
        List<String> under = keysOf(deal);
        keys.add(deal.id(), deal.version(), under);
        try {
            mongo.insert(DealDocument.of(deal, events.toOutbox(caused), under));
        } catch (DuplicateKeyException sameId) {
            return false;
        }
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, deal.id());
        }
        return true;
    }

    /**
     * Three writes, in this order (ADR 13, amended): the deal is listed under the keys its new state adds, the
     * deal's compare-and-set writes the state (with the keys it is under now), the deal is taken off the keys
     * its old state had. A stop after the first leaves an entry naming a deal that is not (yet) under the key,
     * which readers re-check and skip, never a deal missing from a key it is under.
     */
    @Override
    public void save(Deal deal, List<DealEvent> caused, String appliedEventId) {
        org.bson.Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", deal.id()))
                .projection(Projections.include("version", "indexKeys")).first();
        if (stored == null || stored.get("version", Number.class).longValue() != deal.version()) {
            throw new ConcurrentChangeException(COLLECTION, "deal " + deal.id() + " was changed concurrently");
        }
        List<String> before = stored.getList("indexKeys", String.class, List.of());
        List<String> after = keysOf(deal);
        long next = deal.version() + 1;
        keys.add(deal.id(), next, after.stream().filter(key -> !before.contains(key)).toList());
        // flat {_id, version} filter: served by the unique id_version index, a true compare-and-set
        Query current = query(where("_id").is(deal.id()).and("version").is(deal.version()));
        DealDocument state = DealDocument.of(deal, List.of(), after);
        // the state fields only: the outbox is written by $push here and $pull by the relay (ADR 1)
        Update update = new Update()
                .set("status", state.status())
                .set("unitId", state.unitId())
                .set("unitCode", state.unitCode())
                .set("listPrice", state.listPrice())
                .set("price", state.price())
                .set("unitHeldAt", state.unitHeldAt())
                .set("holdExpiresAt", state.holdExpiresAt())
                .set("payments", state.payments())
                .set("receipts", state.receipts())
                .set("downPaymentDueDate", state.downPaymentDueDate())
                .set("subscription", state.subscription())
                .set("eligibilityChecks", state.eligibilityChecks())
                .set("contract", state.contract())
                .set("mortgage", state.mortgage())
                .set("handover", state.handover())
                .set("cancellation", state.cancellation())
                .set("escalations", state.escalations())
                .set("openEscalations", state.openEscalations())
                .set("timeline", state.timeline())
                .set("requests", state.requests())
                .set("coBuyers", state.coBuyers())
                .set("changeOrders", state.changeOrders())
                .set("instalments", state.instalments())
                .set("indexKeys", after)
                .inc("version", 1);
        if (!caused.isEmpty()) {
            update.push("outbox").each(events.toOutbox(caused).toArray());
        }
        if (appliedEventId != null) {
            update.push("appliedEventIds", appliedEventId);
        }
        UpdateResult result = mongo.updateFirst(current, update, DealDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "deal " + deal.id() + " was changed concurrently");
        }
        keys.remove(deal.id(), next, before.stream().filter(key -> !after.contains(key)).toList());
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, deal.id());
        }
    }

    @Override
    public boolean hasApplied(String dealId, String eventId) {
        org.bson.Document doc = mongo.getCollection(COLLECTION).find(Filters.eq("_id", dealId))
                .projection(Projections.include("appliedEventIds")).first();
        return doc != null && doc.getList("appliedEventIds", String.class, List.of()).contains(eventId);
    }

    /**
     * From the key the filter names ({@link DealKeys#listing}): the entries newest first, each deal once,
     * {@code offset} skipped, at most {@code limit}, each deal read by {@code _id} and kept only if it is still
     * under the key (a page may come out shorter by the stale entries it met).
     */
    @Override
    public List<Deal> ofOffice(String officeId, DealStatus status, String consultantId, int offset, int limit) {
        return listed(DealKeys.listing(officeId, status, consultantId), offset, limit).stream()
                .sorted(Comparator.comparing(Deal::openedAt).reversed()).toList();
    }

    @Override
    public List<Deal> escalatedOf(String officeId, int limit) {
        return listed(DealKeys.escalated(officeId), 0, limit);
    }

    /**
     * The deals in the due buckets from the oldest that may hold entries up to the hour of {@code now}, each
     * read by {@code _id} and re-checked; the mark then moves to the first bucket still holding a deal (or the
     * hour of now), so the buckets the last run emptied are not read again.
     */
    @Override
    public List<Deal> withDeadlineBy(Instant now) {
        Optional<Instant> mark = keys.caughtUp();
        if (mark.isEmpty()) {
            return List.of(); // no deadline was ever entered
        }
        Instant last = DealKeys.bucket(now);
        List<Deal> due = new ArrayList<>();
        Instant firstHeld = null;
        for (Instant hour = mark.get(); !hour.isAfter(last); hour = hour.plusSeconds(3600)) {
            List<Deal> held = listed(DealKeys.due(hour), 0, Integer.MAX_VALUE);
            if (!held.isEmpty() && firstHeld == null) {
                firstHeld = hour;
            }
            due.addAll(held);
        }
        keys.catchUp(mark.get(), firstHeld != null ? firstHeld : last);
        return due;
    }

    /** The deals of the earliest due bucket that holds any: a scan of the bucket collection, one document an hour. */
    @Override
    public List<Deal> withNextDeadline() {
        for (String bucket : keys.bucketsFrom(keys.caughtUp().orElse(Instant.EPOCH))) {
            List<Deal> held = listed(bucket, 0, Integer.MAX_VALUE);
            if (!held.isEmpty()) {
                return held;
            }
        }
        return List.of();
    }

    @Override
    public List<Deal> waitingOf(String officeId, int limit) {
        return listed(DealKeys.waiting(officeId), 0, limit);
    }

    @Override
    public List<Deal> waitingForConfirmation() {
        return listed(DealKeys.WAITING, 0, Integer.MAX_VALUE);
    }

    /**
     * Lists the deals stored before their keys were kept (no {@code indexKeys}): one scan of {@code deals} at
     * start. A deal written meanwhile is left to that write, which listed it itself.
     *
     * @return how many deals were listed
     */
    public int listUnlisted() {
        Query unlisted = query(where("indexKeys").exists(false));
        unlisted.fields().exclude("outbox").exclude("appliedEventIds");
        int listed = 0;
        for (DealDocument stored : mongo.find(unlisted, DealDocument.class)) {
            Deal deal = stored.toDomain();
            List<String> under = keysOf(deal);
            keys.add(deal.id(), deal.version(), under);
            listed += (int) mongo.updateFirst(query(where("_id").is(deal.id()).and("version").is(deal.version())),
                    new Update().set("indexKeys", under), DealDocument.class).getModifiedCount();
        }
        return listed;
    }

    /**
     * Lists the deals waiting for a second person under the keys they lack (the office's waiting list came after
     * the platform-wide one): the deals under {@code w} only, each read once by {@code _id} (the deal and the keys
     * it is listed under, together). Idempotent.
     *
     * @return how many deals were listed again
     */
    public int listWaitingUnderMissingKeys() {
        int listed = 0;
        for (String dealId : keys.entries(DealKeys.WAITING).stream().map(MongoDealKeys.Entry::dealId).distinct().toList()) {
            Query byId = query(where("_id").is(dealId));
            byId.fields().exclude("outbox").exclude("appliedEventIds");
            DealDocument stored = mongo.findOne(byId, DealDocument.class);
            if (stored == null) {
                continue;
            }
            Deal deal = stored.toDomain();
            List<String> under = keysOf(deal);
            List<String> before = stored.indexKeys() == null ? List.of() : stored.indexKeys();
            if (!under.contains(DealKeys.WAITING) || before.containsAll(under)) {
                continue; // no longer waiting (its entry is stale), or listed under every key already
            }
            keys.add(deal.id(), deal.version(), under.stream().filter(key -> !before.contains(key)).toList());
            listed += (int) mongo.updateFirst(query(where("_id").is(deal.id()).and("version").is(deal.version())),
                    new Update().set("indexKeys", under), DealDocument.class).getModifiedCount();
        }
        return listed;
    }

    private List<String> keysOf(Deal deal) {
        return DealKeys.of(deal, policies.forOffice(deal.officeId()));
    }

    /**
     * The deals a key lists, newest entry first, each once; an entry whose deal has reached the entry's version
     * and is not under the key any more is removed (its write was followed by another, or can never happen); one
     * newer than its deal, or naming a deal not stored, is skipped (a write under way, or one that stopped).
     */
    private List<Deal> listed(String key, int offset, int limit) {
        List<MongoDealKeys.Entry> entries = keys.entries(key);
        LinkedHashSet<String> newestFirst = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            newestFirst.add(entries.get(i).dealId());
        }
        List<Deal> found = new ArrayList<>();
        for (String dealId : newestFirst.stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList()) {
            Optional<Deal> deal = find(dealId);
            if (deal.isPresent() && keysOf(deal.get()).contains(key)) {
                found.add(deal.get());
            } else if (deal.isPresent()) {
                entries.stream().filter(e -> e.dealId().equals(dealId) && e.version() <= deal.get().version())
                        .forEach(stale -> keys.removeStale(key, stale));
            }
        }
        return found;
    }
}
