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
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consultants' statement books (ADR 21), kept beside the deals' documents and read by key. Per (developer,
 * office, consultant) — a book —: in {@code statement_consultants} the months it has entries in; in
 * {@code statement_open}, in 16 documents by the deal id's hash, what its open deals add beside the entries
 * (provisional credit, commission held back); in {@code statement_months}, per month and in 32 documents by the
 * deal id's hash, each deal's <em>slice</em> ({@code deals.<dealId>}): the consultant's entries of the month and
 * the deal's unit, split, tier and stage now. A deal's write sets its own slices, whole, from the deal as
 * written: writing them again from the same deal writes the same, so a replay, a retry and a repair are all the
 * same write.
 *
 * <p>Shaped for the embedded store: every read and write is by {@code _id} (it serves nothing else from an
 * index), a set of documents is read in one query by their ids ({@code $in} on {@code _id} is served by the
 * unique index); each index look-up there costs a Java serialization per comparison, so a month is a few
 * documents rather than one per deal; it copies, compares and encodes a document whole on every update, so a
 * month is split in 32 and a slice is one JSON string rather than nested documents.
 */
public class MongoConsultantBooks implements ConsultantBooks {

    static final String CONSULTANTS = "statement_consultants";
    static final String MONTHS = "statement_months";
    static final String OPEN = "statement_open";
    /** Per developer and month, the books (office, consultant) with entries in it: the league table's index. */
    static final String LEAGUE = "statement_league";
    /** A book's open amounts are kept in this many documents, by the deal id's hash. */
    static final int OPEN_BUCKETS = 16;
    /** A consultant's month is kept in this many documents, by the deal id's hash. */
    static final int MONTH_BUCKETS = 32;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** A slice as stored: amounts as text (fen-exact), instants in epoch milliseconds (as the deal's document). */
    record StoredSlice(String unitId, String split, String tier, String stage, List<StoredEntry> entries) {
    }

    record StoredEntry(String entryId, String kind, String consultantId, String amount, String causeEventId,
            long recordedAt, String note) {
    }

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
        int openBucket = Math.floorMod(deal.dealId().hashCode(), OPEN_BUCKETS);
        int monthBucket = Math.floorMod(deal.dealId().hashCode(), MONTH_BUCKETS);
        for (String consultantId : formerlyConcerned) {
            Upserts.byId(open(), key(deal.developerId(), deal.officeId(), consultantId) + "|" + openBucket,
                    new Document("$unset", new Document("deals." + dealKey, "")));
        }
        for (String consultantId : StatementSlice.consultantsOf(deal)) {
            String book = key(deal.developerId(), deal.officeId(), consultantId);
            Map<YearMonth, StatementSlice> slices = StatementSlice.of(deal, consultantId, zone);
            for (Map.Entry<YearMonth, StatementSlice> slice : slices.entrySet()) {
                // the slice before the book's months: a reader never meets a listed month without it
                Upserts.byId(months(), book + "|" + slice.getKey() + "|" + monthBucket,
                        new Document("$set", new Document("deals." + dealKey, encode(slice.getValue()))));
            }
            StatementSlice.Open open = StatementSlice.open(deal, consultantId);
            Upserts.byId(open(), book + "|" + openBucket, open.none()
                    ? new Document("$unset", new Document("deals." + dealKey, ""))
                    : new Document("$set", new Document("deals." + dealKey, new Document("provisional",
                            open.provisional().toPlainString()).append("heldBack", open.heldBack().toPlainString()))));
            if (!slices.isEmpty()) {
                listMonths(deal.developerId(), book, escape(deal.officeId()) + "|" + escape(consultantId),
                        slices.keySet().stream().map(YearMonth::toString).toList());
            }
        }
    }

    /**
     * The book's months listed: in the league's index, then in the book's document. A key read first, and no
     * write when the book lists them already (the usual case: a deal's later events, in a month already listed) —
     * the book lists a month only after the league does, so it is listed there too; a read costs far less than an
     * update on the embedded store.
     */
    private void listMonths(String developerId, String book, String officeAndConsultant, List<String> months) {
        Document listed = consultants().find(Filters.eq("_id", book)).first();
        if (listed != null && listed.getList("months", String.class, List.of()).containsAll(months)) {
            return;
        }
        for (String month : months) {
            listInLeague(developerId, YearMonth.parse(month), officeAndConsultant);
        }
        Upserts.byId(consultants(), book, new Document("$addToSet", new Document("months", new Document("$each", months))));
    }

    /**
     * The book listed in the developer's month, before the book lists the month (a repair writes both again): a
     * key read, and a write only the first time (a read costs far less than an update on the embedded store).
     */
    private void listInLeague(String developerId, YearMonth month, String officeAndConsultant) {
        String id = escape(developerId) + "|" + month;
        Document listed = league().find(Filters.eq("_id", id)).first();
        if (listed != null && listed.getList("books", String.class, List.of()).contains(officeAndConsultant)) {
            return;
        }
        Upserts.byId(league(), id, new Document("$addToSet", new Document("books", officeAndConsultant)));
    }

    @Override
    public List<BookMonth> month(String developerId, YearMonth month) {
        Document index = league().find(Filters.eq("_id", escape(developerId) + "|" + month)).first();
        List<BookMonth> months = new ArrayList<>();
        for (String listed : index == null ? List.<String>of() : index.getList("books", String.class, List.of())) {
            String[] parts = listed.split("\\|", 2);
            String officeId = unescape(parts[0]);
            String consultantId = unescape(parts[1]);
            List<StatementSlice> slices = new ArrayList<>();
            String book = key(developerId, officeId, consultantId);
            for (Document bucket : months().find(Filters.in("_id", buckets(book + "|" + month, MONTH_BUCKETS)))) {
                bucket.get("deals", new Document())
                        .forEach((field, slice) -> slices.add(decode(unescape(field), (String) slice)));
            }
            months.add(new BookMonth(officeId, consultantId, slices));
        }
        return months;
    }

    /**
     * The ids of the deals in a consultant's book at an office: those with entries in {@code month} (every month
     * when null) and, for every month, the open ones (provisional, or commission held back). Field names only,
     * no slice decoded.
     */
    public Set<String> dealIds(String developerId, String officeId, String consultantId, YearMonth month) {
        String book = key(developerId, officeId, consultantId);
        Set<String> ids = new LinkedHashSet<>();
        List<String> monthsRead = new ArrayList<>();
        if (month != null) {
            monthsRead.add(month.toString());
        } else {
            Document index = consultants().find(Filters.eq("_id", book)).first();
            monthsRead.addAll(index == null ? List.of() : index.getList("months", String.class, List.of()));
            for (Document bucket : open().find(Filters.in("_id", buckets(book, OPEN_BUCKETS)))) {
                bucket.get("deals", new Document()).keySet().forEach(field -> ids.add(unescape(field)));
            }
        }
        for (String m : monthsRead) {
            for (Document bucket : months().find(Filters.in("_id", buckets(book + "|" + m, MONTH_BUCKETS)))
                    .projection(new Document("deals", 1))) {
                bucket.get("deals", new Document()).keySet().forEach(field -> ids.add(unescape(field)));
            }
        }
        return ids;
    }

    /**
     * Lists in the league's index every book stored before the index existed (its months from the book's own
     * document); once, a marker remembering it.
     */
    public int listBooksOnce() {
        if (league().find(Filters.eq("_id", LISTED_MARKER)).first() != null) {
            return 0;
        }
        int listed = 0;
        for (Document book : consultants().find()) {
            String[] parts = book.getString("_id").split("\\|", 3);
            for (String month : book.getList("months", String.class, List.of())) {
                listInLeague(unescape(parts[0]), YearMonth.parse(month), parts[1] + "|" + parts[2]);
            }
            listed++;
        }
        Upserts.byId(league(), LISTED_MARKER, new Document("$set", new Document("listed", listed)));
        return listed;
    }

    /** The marker of {@link #listBooksOnce} (no developer's id has a '|' unescaped). */
    private static final String LISTED_MARKER = "|books-listed-v1";

    @Override
    public ConsultantBook of(String developerId, String officeId, String consultantId) {
        String book = key(developerId, officeId, consultantId);
        BigDecimal provisional = zero();
        BigDecimal heldBack = zero();
        for (Document bucket : open().find(Filters.in("_id", buckets(book, OPEN_BUCKETS)))) {
            for (Object deal : bucket.get("deals", new Document()).values()) {
                Document amounts = (Document) deal;
                provisional = provisional.add(new BigDecimal(amounts.getString("provisional")));
                heldBack = heldBack.add(new BigDecimal(amounts.getString("heldBack")));
            }
        }
        Document index = consultants().find(Filters.eq("_id", book)).first();
        Map<YearMonth, List<StatementSlice>> months = new LinkedHashMap<>();
        for (String month : index == null ? List.<String>of() : index.getList("months", String.class, List.of())) {
            List<StatementSlice> slices = new ArrayList<>();
            for (Document bucket : months().find(Filters.in("_id", buckets(book + "|" + month, MONTH_BUCKETS)))) {
                Document deals = bucket.get("deals", new Document());
                // a slice does not store its deal's id: it is the field's name, unescaped
                deals.forEach((field, slice) -> slices.add(decode(unescape(field), (String) slice)));
            }
            months.put(YearMonth.parse(month), slices);
        }
        return new ConsultantBook(months, provisional, heldBack);
    }

    private static List<String> buckets(String prefix, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            ids.add(prefix + "|" + b);
        }
        return ids;
    }

    private MongoCollection<Document> open() {
        return mongo.getCollection(OPEN);
    }

    private MongoCollection<Document> league() {
        return mongo.getCollection(LEAGUE);
    }

    private MongoCollection<Document> consultants() {
        return mongo.getCollection(CONSULTANTS);
    }

    private MongoCollection<Document> months() {
        return mongo.getCollection(MONTHS);
    }


    /** The book's key; its parts escaped so that no id can run into the next part. */
    static String key(String developerId, String officeId, String consultantId) {
        return escape(developerId) + "|" + escape(officeId) + "|" + escape(consultantId);
    }

    /** An id as a part of a key or a field name: no separator, no dot (a path), no dollar (an operator). */
    private static String escape(String part) {
        return part.replace("%", "%25").replace("|", "%7C").replace(".", "%2E").replace("$", "%24");
    }

    private static String unescape(String part) {
        return part.replace("%24", "$").replace("%2E", ".").replace("%7C", "|").replace("%25", "%");
    }

    private static String encode(StatementSlice slice) {
        List<StoredEntry> entries = new ArrayList<>(slice.entries().size());
        for (LedgerEntry e : slice.entries()) {
            // an instant to the millisecond, as the deal's own document keeps it
            entries.add(new StoredEntry(e.entryId(), e.kind().name(), e.consultantId(), e.amount().toPlainString(),
                    e.causeEventId(), e.recordedAt().toEpochMilli(), e.note()));
        }
        return JSON.writeValueAsString(new StoredSlice(slice.unitId(),
                slice.split() == null ? null : slice.split().toPlainString(), slice.tier(), slice.stage(), entries));
    }

    private static StatementSlice decode(String dealId, String json) {
        StoredSlice stored = JSON.readValue(json, StoredSlice.class);
        List<LedgerEntry> entries = new ArrayList<>(stored.entries().size());
        for (StoredEntry e : stored.entries()) {
            entries.add(new LedgerEntry(e.entryId(), dealId, LedgerEntry.Kind.valueOf(e.kind()), e.consultantId(),
                    new BigDecimal(e.amount()), e.causeEventId(), Instant.ofEpochMilli(e.recordedAt()), e.note()));
        }
        return new StatementSlice(dealId, stored.unitId(), stored.split() == null ? null : new BigDecimal(stored.split()),
                stored.tier(), stored.stage(), entries);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
