package com.anchang.transaction.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.transaction.adapter.messaging.TransactionEvents;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Payment;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoDealRepository implements DealRepository {

    static final String COLLECTION = "deals";

    private final MongoTemplate mongo;
    private final TransactionEvents events;
    private final OutboxRelay relay;

    public MongoDealRepository(MongoTemplate mongo, TransactionEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
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
        // the deal and its DealOpened event in one insert
        try {
            mongo.insert(DealDocument.of(deal, caused.stream().map(events::toOutbox).toList()));
        } catch (DuplicateKeyException sameId) {
            return false;
        }
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, deal.id());
        }
        return true;
    }

    @Override
    public void save(Deal deal, List<DealEvent> caused, String appliedEventId) {
        // flat {_id, version} filter: served by the unique id_version index, a true compare-and-set
        Query current = query(where("_id").is(deal.id()).and("version").is(deal.version()));
        DealDocument state = DealDocument.of(deal, List.of());
        // the state fields only: the outbox is written by $push here and $pull by the relay (ADR 1)
        Update update = new Update()
                .set("status", state.status())
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
                .inc("version", 1);
        if (!caused.isEmpty()) {
            update.push("outbox").each(caused.stream().map(events::toOutbox).toArray());
        }
        if (appliedEventId != null) {
            update.push("appliedEventIds", appliedEventId);
        }
        UpdateResult result = mongo.updateFirst(current, update, DealDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "deal " + deal.id() + " was changed concurrently");
        }
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
     * Scans the office's deals: the embedded store serves no query but by a unique index (see
     * ../shared/notes/machine-facts.md), so this is bounded by {@code limit} and meant for listings, not
     * for hot paths.
     */
    @Override
    public List<Deal> ofOffice(String officeId, DealStatus status, String consultantId, int limit) {
        Criteria criteria = where("officeId").is(officeId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (consultantId != null) {
            criteria = criteria.and("consultantId").is(consultantId);
        }
        Query query = query(criteria).with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(limit);
        return found(query);
    }

    /** A scan on the embedded store, bounded by {@code limit}, like {@link #ofOffice}. */
    @Override
    public List<Deal> escalatedOf(String officeId, int limit) {
        return found(query(where("officeId").is(officeId).and("openEscalations").gt(0))
                .with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(limit));
    }

    /**
     * The deals waiting for money whose lapse the escalation sweep watches: a scan of {@code deals} on the
     * embedded store (every status before the down payment's receipt), run by the periodic sweep.
     */
    @Override
    public List<Deal> awaitingMoney() {
        return found(query(where("status").in(DealStatus.UNIT_HELD, DealStatus.DEPOSIT_RECEIVED,
                DealStatus.SUBSCRIPTION_DRAFTED, DealStatus.SUBSCRIPTION_APPROVED, DealStatus.SUBSCRIPTION_SIGNED)));
    }

    /** A scan of {@code deals} on the embedded store, run by the confirmation sweep. */
    @Override
    public List<Deal> waitingForConfirmation() {
        return found(query(where("payments.status").is(Payment.Status.ENTERED)));
    }

    private List<Deal> found(Query query) {
        query.fields().exclude("outbox").exclude("appliedEventIds");
        return mongo.find(query, DealDocument.class).stream().map(DealDocument::toDomain).toList();
    }
}
