package com.anchang.commission.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.commission.domain.ClaimEvent;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.Share;
import com.anchang.support.outbox.OutboxEntry;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.anchang.support.mongo.Upserts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoDealCreditRepository implements DealCreditRepository {

    public static final String COLLECTION = "deal_credits";
    /** Per developer and office, the ids of the deals with claims on them (COMM-3): the PM's list, read by key. */
    static final String CLAIMED = "office_claims";
    private static final String CLAIMS_LISTED = "|claims-listed-v1";
    private static final int IN_CHUNK = 100;

    private final MongoTemplate mongo;
    private final Function<ClaimEvent, OutboxEntry> events;
    private final BiFunction<DealCredit, LedgerEntry, OutboxEntry> credits;
    private final Consumer<String> published;
    private final MongoConsultantBooks books;

    /** Without the events of credit entries (a bench store that has no consumer of them). */
    public MongoDealCreditRepository(MongoTemplate mongo, Function<ClaimEvent, OutboxEntry> events,
            Consumer<String> published, MongoConsultantBooks books) {
        this(mongo, events, null, published, books);
    }

    /**
     * @param events the contract event of a claim's step, as an outbox entry
     * @param credits the contract event of a credit-book entry (credit or reversal) a write adds, as an outbox entry
     * @param published told the id of a deal whose outbox has new entries (the relay's nudge)
     * @param books the consultants' statement books, brought up to each deal written
     */
    public MongoDealCreditRepository(MongoTemplate mongo, Function<ClaimEvent, OutboxEntry> events,
            BiFunction<DealCredit, LedgerEntry, OutboxEntry> credits, Consumer<String> published,
            MongoConsultantBooks books) {
        this.mongo = mongo;
        this.events = events;
        this.credits = credits;
        this.published = published;
        this.books = books;
    }

    @Override
    public Optional<DealCredit> find(String dealId) {
        Query byId = query(where("_id").is(dealId));
        byId.fields().exclude("outbox");
        return Optional.ofNullable(mongo.findOne(byId, DealCreditDocument.class)).map(MongoDealCreditRepository::toDomain);
    }

    /**
     * One write: the credit (compare-and-set on {@code {_id, version}}, served by {@code id_version}), the
     * caused events pushed to the outbox (written only by {@code $push} here and {@code $pull} by the relay,
     * ADR 1) and {@code statementPending}. Then the consultants' books from the deal as written, and
     * {@code statementPending} cleared if the deal is still at that version (ADR 21).
     */
    @Override
    public boolean save(DealCredit credit, DealCredit read, List<ClaimEvent> caused) {
        if (read.revision() != credit.revision() || !read.dealId().equals(credit.dealId())) {
            throw new IllegalArgumentException("deal " + credit.dealId() + " at revision " + credit.revision()
                    + " saved as changed from " + read.dealId() + " at revision " + read.revision());
        }
        long next = credit.revision() + 1;
        List<OutboxEntry> outbox = new ArrayList<>(caused.stream().map(events).toList());
        if (credits != null) {
            Set<String> stored = new HashSet<>();
            read.entries().forEach(e -> stored.add(e.entryId()));
            credit.entries().stream().filter(e -> e.in(LedgerEntry.Book.CREDIT) && !stored.contains(e.entryId()))
                    .forEach(e -> outbox.add(credits.apply(credit, e)));
        }
        if (!caused.isEmpty() || !credit.claims().isEmpty()) {
            // a claim's write (or a claim read back from the topic): the deal listed as claimed at its office before
            // it (a reader skips it if the write fails)
            listClaimed(credit);
        }
        List<String> now = consultantIds(credit);
        List<String> formerly;
        if (credit.revision() < 0) {
            try {
                mongo.insert(new DealCreditDocument(credit.dealId(), next, now, credit, outbox, true, now));
            } catch (DuplicateKeyException e) {
                return false;
            }
            formerly = List.of();
        } else {
            Update update = new Update().set("credit", credit).set("consultantIds", now)
                    .set("statementPending", true).set("version", next);
            update.addToSet("bookConsultantIds").each(now.toArray());
            if (!outbox.isEmpty()) {
                update.push("outbox").each(outbox.toArray());
            }
            if (mongo.updateFirst(query(where("_id").is(credit.dealId()).and("version").is(credit.revision())), update,
                    DealCreditDocument.class).getMatchedCount() == 0) {
                return false;
            }
            // a small read by _id: a findAndModify answering the same costs more than the update and the read here
            formerly = formerlyConcerned(credit);
        }
        if (!outbox.isEmpty()) {
            published.accept(credit.dealId());
        }
        summarise(credit.atRevision(next), formerly);
        return true;
    }

    /**
     * Writes the consultants' books from the deal at a version, then clears {@code statementPending} if the
     * deal is still at it. If a later write came first, its books may have been overwritten by this older
     * deal's: written again from the deal as it is now, until a clear succeeds. The writer that clears last
     * wrote the books from the latest version; a process that stops before clearing leaves the flag for
     * {@link #repairStatements}.
     */
    void summarise(DealCredit deal) {
        summarise(deal, formerlyConcerned(deal));
    }

    /** The same, the consultants the deal formerly concerned known from its write. */
    private void summarise(DealCredit deal, List<String> formerly) {
        DealCredit current = deal;
        List<String> formerlyConcerned = formerly;
        while (true) {
            books.write(current, formerlyConcerned);
            // by the driver alone (a flat filter, served by the unique id_version index): no mapping to do
            if (mongo.getCollection(COLLECTION).updateOne(new org.bson.Document("_id", current.dealId())
                    .append("version", current.revision()), new org.bson.Document("$set",
                            new org.bson.Document("statementPending", false))).getMatchedCount() > 0) {
                return;
            }
            Optional<DealCredit> now = find(current.dealId());
            if (now.isEmpty()) {
                return;
            }
            current = now.get();
            formerlyConcerned = formerlyConcerned(current);
        }
    }

    /**
     * The consultants whose books may hold the deal but whom it no longer concerns (a provisional share moved
     * away before any entry): their books must forget what it added.
     */
    private List<String> formerlyConcerned(DealCredit deal) {
        org.bson.Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", deal.dealId()))
                .projection(Projections.include("bookConsultantIds")).first();
        List<String> now = consultantIds(deal);
        return stored == null ? List.of() : stored.getList("bookConsultantIds", String.class, List.of()).stream()
                .filter(consultant -> !now.contains(consultant)).toList();
    }

    /**
     * The sweep of ADR 21: every deal whose books were not confirmed written (a process stopped between the
     * deal's write and its books', or a deal stored before the books existed) gets them written. A scan on
     * the embedded store, as the outbox's sweep: at start and then every few minutes.
     *
     * @return how many deals it wrote the books of
     */
    public int repairStatements() {
        listClaimsOnce();
        books.listBooksOnce();
        Query pending = query(where("statementPending").ne(false));
        pending.fields().include("_id");
        List<String> ids = mongo.find(pending, org.bson.Document.class, COLLECTION).stream()
                .map(doc -> doc.getString("_id")).toList();
        int repaired = 0;
        for (String id : ids) {
            Optional<DealCredit> deal = find(id);
            if (deal.isPresent()) {
                summarise(deal.get());
                repaired++;
            }
        }
        return repaired;
    }

    /**
     * By key: the deal ids in the consultant's book (ADR 21), then those deals by {@code $in} on {@code _id}; a
     * deal written and its book not yet (a stop between the writes) is listed once the repair wrote its book.
     */
    @Override
    public List<DealCredit> concerning(String developerId, String officeId, String consultantId) {
        return concerningInMonth(developerId, officeId, consultantId, null);
    }

    /** By key, as {@link #concerning}: the deals in the consultant's book of that month (every month when null). */
    @Override
    public List<DealCredit> concerningInMonth(String developerId, String officeId, String consultantId,
            YearMonth month) {
        return byIds(books.dealIds(developerId, officeId, consultantId, month)).stream()
                .filter(credit -> developerId != null && developerId.equals(credit.developerId())
                        && officeId.equals(credit.officeId()) && credit.concerns(consultantId))
                .toList();
    }

    /**
     * By key: the office's list of claimed deals ({@code office_claims}, written before the deal's write that
     * raises a claim, so never missing one; a listed deal whose write did not happen has no claim and is left out).
     */
    @Override
    public List<DealCredit> claimedAt(String developerId, String officeId) {
        org.bson.Document listed = mongo.getCollection(CLAIMED).find(Filters.eq("_id", claimedKey(developerId, officeId)))
                .first();
        return byIds(listed == null ? List.of() : listed.getList("deals", String.class, List.of())).stream()
                .filter(credit -> developerId != null && developerId.equals(credit.developerId())
                        && officeId.equals(credit.officeId()) && !credit.claims().isEmpty())
                .toList();
    }

    /** Deals by id, {@code $in} on {@code _id} in chunks (served by the unique index), without their outbox. */
    private List<DealCredit> byIds(java.util.Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<DealCredit> found = new java.util.ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            Query in = query(where("_id").in(all.subList(from, Math.min(all.size(), from + IN_CHUNK))));
            in.fields().exclude("outbox");
            mongo.find(in, DealCreditDocument.class).forEach(d -> found.add(toDomain(d)));
        }
        return found;
    }

    /** Lists the office's claimed deals once for deals claimed before the list existed (a scan, once, marked). */
    private int listClaimsOnce() {
        var claimed = mongo.getCollection(CLAIMED);
        if (claimed.find(Filters.eq("_id", CLAIMS_LISTED)).first() != null) {
            return 0;
        }
        Query withClaims = query(where("credit.claims.0").exists(true));
        withClaims.fields().exclude("outbox");
        int listed = 0;
        for (DealCreditDocument d : mongo.find(withClaims, DealCreditDocument.class)) {
            DealCredit credit = toDomain(d);
            listClaimed(credit);
            listed++;
        }
        Upserts.byId(claimed, CLAIMS_LISTED, new org.bson.Document("$set", new org.bson.Document("listed", listed)));
        return listed;
    }

    private void listClaimed(DealCredit credit) {
        if (credit.developerId() != null && credit.officeId() != null) {
            Upserts.byId(mongo.getCollection(CLAIMED), claimedKey(credit.developerId(), credit.officeId()),
                    new org.bson.Document("$addToSet", new org.bson.Document("deals", credit.dealId())));
        }
    }

    private static String claimedKey(String developerId, String officeId) {
        return developerId.replace("%", "%25").replace("|", "%7C") + "|" + officeId.replace("%", "%25").replace("|", "%7C");
    }

    private static List<String> consultantIds(DealCredit credit) {
        Stream<String> shares = credit.allocation() == null ? Stream.empty()
                : credit.allocation().shares().stream().map(Share::consultantId);
        return Stream.concat(shares, credit.entries().stream().map(LedgerEntry::consultantId)).distinct().toList();
    }

    private static DealCredit toDomain(DealCreditDocument d) {
        return d.credit().atRevision(d.version());
    }
}
