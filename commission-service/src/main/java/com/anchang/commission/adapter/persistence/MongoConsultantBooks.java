package com.anchang.commission.adapter.persistence;

import com.anchang.commission.domain.ConsultantBook;
import com.anchang.commission.domain.ConsultantBooks;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.commission.domain.StatementSlice;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The consultants' statement books (ADR 21), kept beside the deals' documents and read by key. Per (developer,
 * office, consultant) — a book —: in {@code statement_consultants} the months it has entries in; in
 * {@code statement_open}, in 16 documents by the deal id's hash, what its open deals add beside the entries
 * (provisional credit, commission held back); in {@code statement_months}, per month and in 16 documents by the
 * deal id's hash, the month's deals; and in {@code statement_slices} per month and deal one <em>slice</em>: the
 * consultant's entries of the month and the deal's unit, split, tier and stage now. A deal's write sets its own
 * slices, whole, from the deal as written: writing them again from the same deal writes the same, so a replay,
 * a retry and a repair are all the same write.
 *
 * <p>Every read and write is by {@code _id} (the embedded store serves nothing else from an index): a set of
 * documents is read in one query by their ids ({@code $in} on {@code _id} is served by its unique index). Every
 * document a deal's write touches is small (a slice; a sixteenth of a month's list or of the open deals), because
 * the embedded store copies, compares and encodes a document whole on each update.
 */
public class MongoConsultantBooks implements ConsultantBooks {

    static final String CONSULTANTS = "statement_consultants";
    static final String MONTHS = "statement_months";
    static final String SLICES = "statement_slices";
    static final String OPEN = "statement_open";
    /** A book's month lists and open amounts are kept in this many documents, by the deal id's hash: small writes. */
    static final int BUCKETS = 16;
    /**
     * Ids per query: the embedded store finds each id of an {@code $in} by the index, then matches every document
     * it found against the whole list again, so one query of n ids costs n² comparisons there.
     */
    static final int IN_CHUNK = 64;

    private final MongoTemplate mongo;
    private final OfficePolicies policies;

    public MongoConsultantBooks(MongoTemplate mongo, OfficePolicies policies) {
        this.mongo = mongo;
        this.policies = policies;
    }

    /**
     * Sets the deal's slices and open amounts of every consultant it concerns, from the deal as written, and takes
     * what it added off the books of consultants it concerned before and no longer does (they have no entry on it).
     */
    public void write(DealCredit deal, List<String> formerlyConcerned) {
        if (deal.developerId() == null || deal.officeId() == null) {
            return;
        }
        ZoneId zone = policies.forOffice(deal.officeId()).zone();
        String dealKey = escape(deal.dealId());
        int bucket = Math.floorMod(deal.dealId().hashCode(), BUCKETS);
        for (String consultantId : formerlyConcerned) {
            Upserts.byId(open(), key(deal.developerId(), deal.officeId(), consultantId) + "|" + bucket,
                    new Document("$unset", new Document("deals." + dealKey, "")));
        }
        for (String consultantId : StatementSlice.consultantsOf(deal)) {
            String book = key(deal.developerId(), deal.officeId(), consultantId);
            Map<YearMonth, StatementSlice> slices = StatementSlice.of(deal, consultantId, zone);
            for (Map.Entry<YearMonth, StatementSlice> slice : slices.entrySet()) {
                String month = book + "|" + slice.getKey();
                Upserts.byId(slices(), month + "|" + dealKey, new Document("$set", toDocument(slice.getValue())));
                // the slice, then the month's list, then the book's months: a reader never meets a listed month or
                // deal whose slice is missing
                Upserts.byId(months(), month + "|" + bucket, new Document("$addToSet", new Document("deals", deal.dealId())));
            }
            StatementSlice.Open open = StatementSlice.open(deal, consultantId);
            Upserts.byId(open(), book + "|" + bucket, open.none()
                    ? new Document("$unset", new Document("deals." + dealKey, ""))
                    : new Document("$set", new Document("deals." + dealKey, new Document("provisional",
                            open.provisional().toPlainString()).append("heldBack", open.heldBack().toPlainString()))));
            if (!slices.isEmpty()) {
                Upserts.byId(consultants(), book, new Document("$addToSet", new Document("months",
                        new Document("$each", slices.keySet().stream().map(YearMonth::toString).toList()))));
            }
        }
    }

    @Override
    public ConsultantBook of(String developerId, String officeId, String consultantId) {
        String book = key(developerId, officeId, consultantId);
        BigDecimal provisional = zero();
        BigDecimal heldBack = zero();
        for (Document bucket : open().find(Filters.in("_id", buckets(book)))) {
            for (Object deal : bucket.get("deals", new Document()).values()) {
                Document amounts = (Document) deal;
                provisional = provisional.add(new BigDecimal(amounts.getString("provisional")));
                heldBack = heldBack.add(new BigDecimal(amounts.getString("heldBack")));
            }
        }
        Document index = consultants().find(Filters.eq("_id", book)).first();
        Map<YearMonth, List<StatementSlice>> months = new LinkedHashMap<>();
        for (String month : index == null ? List.<String>of() : index.getList("months", String.class, List.of())) {
            List<String> ids = new ArrayList<>();
            for (Document listed : months().find(Filters.in("_id", buckets(book + "|" + month)))) {
                listed.getList("deals", String.class, List.of())
                        .forEach(dealId -> ids.add(book + "|" + month + "|" + escape(dealId)));
            }
            List<StatementSlice> slices = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                slices().find(Filters.in("_id", chunk)).batchSize(chunk.size()).forEach(slice -> slices.add(toSlice(slice)));
            }
            months.put(YearMonth.parse(month), slices);
        }
        return new ConsultantBook(months, provisional, heldBack);
    }

    private static List<String> buckets(String prefix) {
        List<String> ids = new ArrayList<>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            ids.add(prefix + "|" + b);
        }
        return ids;
    }

    private MongoCollection<Document> open() {
        return mongo.getCollection(OPEN);
    }

    private MongoCollection<Document> consultants() {
        return mongo.getCollection(CONSULTANTS);
    }

    private MongoCollection<Document> months() {
        return mongo.getCollection(MONTHS);
    }

    private MongoCollection<Document> slices() {
        return mongo.getCollection(SLICES);
    }

    /** The book's key; its parts escaped so that no id can run into the next part. */
    static String key(String developerId, String officeId, String consultantId) {
        return escape(developerId) + "|" + escape(officeId) + "|" + escape(consultantId);
    }

    /** An id as a part of a key or a field name: no separator, no dot (a path), no dollar (an operator). */
    private static String escape(String part) {
        return part.replace("%", "%25").replace("|", "%7C").replace(".", "%2E").replace("$", "%24");
    }

    private static Document toDocument(StatementSlice slice) {
        List<Document> entries = new ArrayList<>(slice.entries().size());
        for (LedgerEntry e : slice.entries()) {
            entries.add(new Document("entryId", e.entryId()).append("kind", e.kind().name())
                    .append("consultantId", e.consultantId()).append("amount", e.amount().toPlainString())
                    // an instant to the millisecond, as the deal's own document keeps it
                    .append("causeEventId", e.causeEventId()).append("recordedAt", Date.from(e.recordedAt()))
                    .append("note", e.note()));
        }
        return new Document("dealId", slice.dealId()).append("unitId", slice.unitId())
                .append("split", slice.split() == null ? null : slice.split().toPlainString())
                .append("tier", slice.tier()).append("stage", slice.stage()).append("entries", entries);
    }

    private static StatementSlice toSlice(Document doc) {
        String dealId = doc.getString("dealId");
        List<LedgerEntry> entries = new ArrayList<>();
        for (Document e : doc.getList("entries", Document.class)) {
            entries.add(new LedgerEntry(e.getString("entryId"), dealId, LedgerEntry.Kind.valueOf(e.getString("kind")),
                    e.getString("consultantId"), new BigDecimal(e.getString("amount")), e.getString("causeEventId"),
                    e.getDate("recordedAt").toInstant(), e.getString("note")));
        }
        String split = doc.getString("split");
        return new StatementSlice(dealId, doc.getString("unitId"), split == null ? null : new BigDecimal(split),
                doc.getString("tier"), doc.getString("stage"), entries);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
