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
 * The consultants' statement books (ADR 21), kept beside the deals' documents and read by key: per
 * (developer, office, consultant) one document {@code statement_consultants} with the months they have
 * entries in and what their open deals add beside the entries (provisional credit, commission held back),
 * and per month {@code BUCKETS} documents {@code statement_months}, each with the slices of the deals whose id
 * falls in it ({@code deals.<dealId>}: the consultant's entries of the month and the deal's unit, split, tier
 * and stage now). A deal's write sets its own slices, whole, from the deal as written: writing them again
 * from the same deal writes the same, so a replay, a retry and a repair are all the same write.
 *
 * <p>Every read and write is by {@code _id} (the embedded store serves nothing else from an index); the
 * buckets keep one write's document small when a consultant has a thousand deals in a month.
 */
public class MongoConsultantBooks implements ConsultantBooks {

    static final String CONSULTANTS = "statement_consultants";
    static final String MONTHS = "statement_months";
    /** Documents per consultant and month: a deal's slice is in the bucket of its id's hash. */
    static final int BUCKETS = 8;

    private final MongoTemplate mongo;
    private final OfficePolicies policies;

    public MongoConsultantBooks(MongoTemplate mongo, OfficePolicies policies) {
        this.mongo = mongo;
        this.policies = policies;
    }

    /** Sets the deal's slices and open amounts of every consultant it concerns, from the deal as written. */
    public void write(DealCredit deal) {
        if (deal.developerId() == null || deal.officeId() == null) {
            return;
        }
        ZoneId zone = policies.forOffice(deal.officeId()).zone();
        String field = field(deal.dealId());
        for (String consultantId : StatementSlice.consultantsOf(deal)) {
            String book = key(deal.developerId(), deal.officeId(), consultantId);
            Map<YearMonth, StatementSlice> slices = StatementSlice.of(deal, consultantId, zone);
            for (Map.Entry<YearMonth, StatementSlice> slice : slices.entrySet()) {
                Upserts.byId(months(), monthKey(book, slice.getKey(), deal.dealId()),
                        new Document("$set", new Document("deals." + field, toDocument(slice.getValue()))));
            }
            StatementSlice.Open open = StatementSlice.open(deal, consultantId);
            Document update = new Document("$set", new Document("developerId", deal.developerId())
                    .append("officeId", deal.officeId()).append("consultantId", consultantId));
            if (open.none()) {
                update.append("$unset", new Document("open." + field, ""));
            } else {
                update.get("$set", Document.class).append("open." + field, new Document("provisional",
                        open.provisional().toPlainString()).append("heldBack", open.heldBack().toPlainString()));
            }
            if (!slices.isEmpty()) {
                update.append("$addToSet", new Document("months",
                        new Document("$each", slices.keySet().stream().map(YearMonth::toString).toList())));
            }
            Upserts.byId(consultants(), book, update);
        }
    }

    @Override
    public ConsultantBook of(String developerId, String officeId, String consultantId) {
        String book = key(developerId, officeId, consultantId);
        Document index = consultants().find(Filters.eq("_id", book)).first();
        if (index == null) {
            return new ConsultantBook(Map.of(), zero(), zero());
        }
        BigDecimal provisional = zero();
        BigDecimal heldBack = zero();
        for (Object open : index.get("open", new Document()).values()) {
            Document amounts = (Document) open;
            provisional = provisional.add(new BigDecimal(amounts.getString("provisional")));
            heldBack = heldBack.add(new BigDecimal(amounts.getString("heldBack")));
        }
        Map<YearMonth, List<StatementSlice>> months = new LinkedHashMap<>();
        for (String month : index.getList("months", String.class, List.of())) {
            List<StatementSlice> slices = new ArrayList<>();
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                Document doc = months().find(Filters.eq("_id", book + "|" + month + "|" + bucket)).first();
                if (doc != null) {
                    doc.get("deals", new Document()).values().forEach(slice -> slices.add(toSlice((Document) slice)));
                }
            }
            months.put(YearMonth.parse(month), slices);
        }
        return new ConsultantBook(months, provisional, heldBack);
    }

    private MongoCollection<Document> consultants() {
        return mongo.getCollection(CONSULTANTS);
    }

    private MongoCollection<Document> months() {
        return mongo.getCollection(MONTHS);
    }

    static String monthKey(String book, YearMonth month, String dealId) {
        return book + "|" + month + "|" + Math.floorMod(dealId.hashCode(), BUCKETS);
    }

    /** The book's key; its parts escaped so that no id can run into the next part. */
    static String key(String developerId, String officeId, String consultantId) {
        return escape(developerId) + "|" + escape(officeId) + "|" + escape(consultantId);
    }

    /** A deal id as a field name: no dot (a path), no leading dollar (an operator). */
    static String field(String dealId) {
        return escape(dealId);
    }

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
