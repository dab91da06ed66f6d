package com.anchang.transaction.adapter.persistence;

import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The index documents that list deals by key ({@link DealKeys}), every read and write by {@code _id}, the one
 * key the embedded store always serves by index. A document {@code {_id: key, entries: [{d: dealId, v: version}]}}
 * names a deal with the version of the deal's write that put it there: an entry whose deal has reached that
 * version and is no longer under the key is stale for good (that write either happened and was followed by
 * another, or lost its compare-and-set and can never happen), so a reader may remove it; an entry newer than
 * its deal belongs to a write that may still be under way and is only skipped. The due buckets
 * ({@code due/…}) live in {@value #DUE} with a mark, in {@value #MARKS}, of the oldest bucket that may still
 * hold entries.
 */
class MongoDealKeys {

    static final String KEYS = "deal_keys";
    static final String DUE = "deal_due";
    static final String MARKS = "deal_due_marks";
    static final String CAUGHT_UP = "caught-up";

    /** One entry of an index document. */
    record Entry(String dealId, long version) {

        Document bson() {
            return new Document("d", dealId).append("v", version);
        }
    }

    private final MongoTemplate mongo;

    MongoDealKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Lists the deal under each key, as of the version its coming write gives it (idempotent). */
    void add(String dealId, long version, Collection<String> keys) {
        for (String key : keys) {
            Document entry = new Entry(dealId, version).bson();
            if (key.startsWith(DealKeys.DUE)) {
                Instant start = Instant.parse(key.substring(DealKeys.DUE.length()) + ":00:00Z");
                Upserts.byId(due(), key, Updates.combine(Updates.addToSet("entries", entry),
                        Updates.setOnInsert("start", Date.from(start))));
                // after the entry: a sweep that moved the mark past this bucket before the entry existed is undone
                Upserts.byId(marks(), CAUGHT_UP, Updates.min("at", Date.from(start)));
            } else {
                Upserts.byId(collection(key), key, Updates.addToSet("entries", entry));
            }
        }
    }

    /** Takes the deal off each key, every entry up to {@code version} (a later write's entries stay). */
    void remove(String dealId, long version, Collection<String> keys) {
        for (String key : keys) {
            collection(key).updateOne(Filters.eq("_id", key), Updates.pull("entries",
                    new Document("d", dealId).append("v", new Document("$lte", version))));
            if (key.startsWith(DealKeys.DUE)) {
                due().deleteOne(new Document("_id", key).append("entries", new Document("$size", 0)));
            }
        }
    }

    /** A reader found this entry stale: its deal reached the entry's version and is not under the key. */
    void removeStale(String key, Entry entry) {
        collection(key).updateOne(Filters.eq("_id", key), Updates.pull("entries", entry.bson()));
    }

    /** The key's entries in the order they were made. */
    List<Entry> entries(String key) {
        Document doc = collection(key).find(Filters.eq("_id", key)).first();
        if (doc == null) {
            return List.of();
        }
        return doc.getList("entries", Document.class, List.of()).stream()
                .map(e -> new Entry(e.getString("d"), e.get("v", Number.class).longValue())).toList();
    }

    /** The oldest due bucket that may hold entries; empty when none was ever made. */
    java.util.Optional<Instant> caughtUp() {
        Document mark = marks().find(Filters.eq("_id", CAUGHT_UP)).first();
        return java.util.Optional.ofNullable(mark).map(m -> m.getDate("at").toInstant());
    }

    /**
     * Moves the mark from {@code from} to {@code to}, only if nothing moved it since; then looks again at the
     * buckets passed over and moves it back to the first that holds an entry (one made meanwhile).
     */
    void catchUp(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return;
        }
        marks().updateOne(new Document("_id", CAUGHT_UP).append("at", Date.from(from)), Updates.set("at", Date.from(to)));
        for (Instant hour = from; hour.isBefore(to); hour = hour.plusSeconds(3600)) {
            if (!entries(DealKeys.due(hour)).isEmpty()) {
                Upserts.byId(marks(), CAUGHT_UP, Updates.min("at", Date.from(hour)));
                return;
            }
        }
    }

    /** The due buckets at or after {@code from}, earliest first: a scan of the (small) bucket collection. */
    List<String> bucketsFrom(Instant from) {
        List<Document> found = due().find(new Document("start", new Document("$gte", Date.from(from))))
                .into(new ArrayList<>());
        found.sort((a, b) -> a.getDate("start").compareTo(b.getDate("start")));
        return found.stream().map(doc -> doc.getString("_id")).toList();
    }

    private MongoCollection<Document> collection(String key) {
        return key.startsWith(DealKeys.DUE) ? due() : mongo.getCollection(KEYS);
    }

    private MongoCollection<Document> due() {
        return mongo.getCollection(DUE);
    }

    private MongoCollection<Document> marks() {
        return mongo.getCollection(MARKS);
    }
}
