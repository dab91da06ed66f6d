package com.anchang.lead.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.MobileAlreadyRegisteredException;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Registration;
import com.anchang.support.mongo.IdLists;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoLeadRepository implements LeadRepository {

    static final String COLLECTION = "leads";
    /**
     * One document per consultant, {@code {_id: consultantId, leads: [{l: leadId, v: version}]}}: the leads they
     * own, each with the version of the write that gave it to them ({@link LeadRepository.Listed}), read by key.
     */
    static final String OWNER_LEADS = "owner_leads";
    /** One document per one-off data change done, by name. */
    static final String MIGRATIONS = "migrations";

    private final MongoTemplate mongo;
    private final LeadEvents events;
    private final OutboxRelay relay;

    public MongoLeadRepository(MongoTemplate mongo, LeadEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.events = events;
        this.relay = relay;
    }

    @Override
    public Optional<Lead> find(String leadId) {
        return Optional.ofNullable(mongo.findById(leadId, LeadDocument.class)).map(LeadDocument::toDomain);
    }

    @Override
    public Optional<Lead> findByMobile(String officeId, MobileNumber mobile) {
        // flat {officeId, mobile} filter: exactly the fields of the unique office_mobile index
        return Optional.ofNullable(mongo.findOne(query(where("officeId").is(officeId).and("mobile").is(mobile.digits())),
                LeadDocument.class)).map(LeadDocument::toDomain);
    }

    @Override
    public void insert(Lead lead, List<LeadEvent> caused) {
        LeadDocument document = LeadDocument.of(lead, caused.stream().map(events::toOutbox).toList());
        list(lead, lead.version());
        try {
            // the lead and its events in one single-document insert; the unique office_mobile index decides races
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw new MobileAlreadyRegisteredException(lead.officeId(), lead.mobile());
        }
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, lead.id());
        }
    }

    @Override
    public void save(Lead lead, List<LeadEvent> caused) {
        // flat {_id, version} filter: served by the unique id_version index, a true compare-and-set
        Query current = query(where("_id").is(lead.id()).and("version").is(lead.version()));
        Update update = new Update()
                .set("ownerConsultantId", lead.ownerConsultantId())
                .set("ownedSince", lead.ownedSince())
                .set("customerName", lead.customerName())
                .set("source", lead.source())
                .set("budget", lead.needs().budget())
                .set("layout", lead.needs().layout())
                .set("area", lead.needs().area())
                .set("protectedUntil", lead.protectedUntil().toString())
                .set("releasedAt", lead.releasedAt())
                .set("lapseReminderFor", LeadDocument.day(lead.lapseReminderFor()))
                .set("followUpReminderFor", LeadDocument.day(lead.followUpReminderFor()))
                .set("stage", lead.stage())
                .set("registration", lead.registration().equals(Registration.PLAIN) ? null : lead.registration())
                .inc("version", 1);
        List<LeadDocument.FollowUpDocument> appended = lead.newFollowUps().stream()
                .map(LeadDocument.FollowUpDocument::of).toList();
        if (!appended.isEmpty()) {
            // LEAD-4: the page only grows; the version check guarantees it is the page this lead was read with
            update.push("followUps").each(appended.toArray());
        }
        List<LeadDocument.LinkDocument> linked = lead.newLinks().stream().map(LeadDocument.LinkDocument::of).toList();
        if (!linked.isEmpty()) {
            update.push("links").each(linked.toArray());
        }
        if (!caused.isEmpty()) {
            update.push("outbox").each(caused.stream().map(events::toOutbox).toArray());
        }
        if (lead.ownerChanged()) {
            list(lead, lead.version() + 1);
        }
        UpdateResult result = mongo.updateFirst(current, update, LeadDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChangeException(COLLECTION, "lead " + lead.id() + " was changed concurrently");
        }
        if (!caused.isEmpty()) {
            relay.published(COLLECTION, lead.id());
        }
    }

    @Override
    public Optional<Lead> findBoughtBefore(String officeId, MobileNumber mobile) {
        // flat {officeId, mobile}: the unique office_mobile index, on the "bought before" key of the mobile
        return Optional.ofNullable(mongo.findOne(query(where("officeId").is(officeId).and("mobile")
                .is(boughtKey(mobile))), LeadDocument.class)).map(LeadDocument::toDomain);
    }

    @Override
    public void retire(Lead contracted) {
        String bought = boughtKey(contracted.mobile());
        LeadDocument older = mongo.findOne(query(where("officeId").is(contracted.officeId()).and("mobile").is(bought)),
                LeadDocument.class);
        if (older != null && !older.id().equals(contracted.id())) {
            // the purchase before: off the "bought before" key to one with its own id (whoever moves it, it moves once)
            mongo.updateFirst(query(where("_id").is(older.id()).and("version").is(older.version())),
                    new Update().set("mobile", older.retiredMobile() + ":" + older.id()).inc("version", 1),
                    LeadDocument.class);
        }
        // flat {_id, version}: the compare-and-set; the lead moves from the mobile's key to its "bought before" key
        Query current = query(where("_id").is(contracted.id()).and("version").is(contracted.version()));
        Update update = new Update().set("mobile", bought).set("retiredMobile", contracted.mobile().digits())
                .inc("version", 1);
        try {
            if (mongo.updateFirst(current, update, LeadDocument.class).getMatchedCount() == 0) {
                throw new ConcurrentChangeException(COLLECTION, "lead " + contracted.id() + " was changed concurrently");
            }
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException(COLLECTION, "the purchase before lead " + contracted.id() + " is still moving");
        }
    }

    /**
     * Lists the lead under its owner as of the version its coming write gives it, before that write: a crash
     * between the two leaves an entry the list's reader finds owned by someone else (or not at all) and skips,
     * never a lead its owner's list does not name.
     */
    private void list(Lead lead, long version) {
        mongo.upsert(query(where("_id").is(lead.ownerConsultantId())),
                new Update().addToSet("leads", entry(new Listed(lead.id(), version))), OWNER_LEADS);
    }

    private static Document entry(Listed listed) {
        return new Document("l", listed.leadId()).append("v", listed.version());
    }

    @Override
    public List<Listed> listedUnder(String consultantId) {
        Document listed = mongo.findById(consultantId, Document.class, OWNER_LEADS);
        return listed == null ? List.of() : listed.getList("leads", Document.class, List.of()).stream()
                .map(e -> new Listed(e.getString("l"), e.get("v", Number.class).longValue())).toList();
    }

    @Override
    public List<Lead> findAll(Collection<String> leadIds) {
        List<Lead> found = new ArrayList<>();
        for (List<String> ids : IdLists.of(leadIds)) {
            Query byIds = query(where("_id").in(ids));
            byIds.fields().exclude("outbox");
            mongo.find(byIds, LeadDocument.class).forEach(document -> found.add(document.toDomain()));
        }
        return found;
    }

    @Override
    public void unlist(String consultantId, Collection<Listed> stale) {
        if (!stale.isEmpty()) {
            mongo.updateFirst(query(where("_id").is(consultantId)),
                    new Update().pullAll("leads", stale.stream().map(MongoLeadRepository::entry).toArray()), OWNER_LEADS);
        }
    }

    /**
     * Lists every stored lead under its owner, once per store (marked done in {@value #MIGRATIONS}): the leads
     * written before owners' lists existed. A scan of the leads, run at start, idempotent if interrupted.
     * Returns how many leads it listed (0 once done).
     */
    public int listStoredLeadsUnderOwners() {
        if (mongo.findById(OWNER_LEADS, Document.class, MIGRATIONS) != null) {
            return 0;
        }
        Query all = new Query();
        all.fields().include("_id", "ownerConsultantId", "version");
        int listed = 0;
        for (Document lead : mongo.find(all, Document.class, COLLECTION)) {
            String owner = lead.getString("ownerConsultantId");
            if (owner != null) {
                mongo.upsert(query(where("_id").is(owner)), new Update().addToSet("leads",
                        entry(new Listed(lead.getString("_id"), lead.get("version", Number.class).longValue()))),
                        OWNER_LEADS);
                listed++;
            }
        }
        mongo.upsert(query(where("_id").is(OWNER_LEADS)), new Update().set("listed", listed), MIGRATIONS);
        return listed;
    }

    static String boughtKey(MobileNumber mobile) {
        return mobile.digits() + ":bought";
    }

    @Override
    public List<Lead> inOffice(String developerId, String officeId) {
        // a flat {developerId, officeId} filter: a scan on the embedded store (fine for a report, not a hot path)
        return mongo.find(query(where("developerId").is(developerId).and("officeId").is(officeId)), LeadDocument.class)
                .stream().map(LeadDocument::toDomain).toList();
    }
}
