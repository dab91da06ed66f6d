package com.anchang.notification.adapter.persistence;

import com.anchang.notification.domain.DueReminders;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The due queue in time buckets (one per {@code bucket}, e.g. a minute), every read and write by
 * {@code _id}, the one key the embedded store always serves by index:
 * <ul>
 *   <li>{@code b/2026-12-16T02:00:00Z}: the bucket's entry count, incremented atomically per entry;</li>
 *   <li>{@code p/2026-12-16T02:00:00Z/3}: page 3 of its entries ({@code pageSize} each), entry n on page n / pageSize;</li>
 *   <li>in {@value #MARKS}, {@code _id: "caught-up"}: the start of the oldest bucket that may still hold
 *       entries; a run reads from there to now, an entry made before it moves it back ({@code $min}).</li>
 * </ul>
 * So a run reads one counter per bucket since it last caught up and one page per {@code pageSize} entries
 * due: in proportion to what is due, however much is planned for later. A page is removed once every
 * entry in it was dealt with, a bucket once all its pages were and its time is over.
 */
public class MongoDueReminders implements DueReminders {

    static final String COLLECTION = "reminder_due";
    static final String MARKS = "reminder_due_marks";
    private static final String CAUGHT_UP = "caught-up";

    private final MongoTemplate mongo;
    private final Duration bucket;
    private final int pageSize;
    private final Duration lookback;

    /**
     * @param lookback where the first run of a new store starts looking (nothing was entered before it)
     */
    public MongoDueReminders(MongoTemplate mongo, Duration bucket, int pageSize, Duration lookback) {
        if (bucket.toMillis() < 1000 || 86_400_000 % bucket.toMillis() != 0) {
            throw new IllegalArgumentException("a due bucket divides a day in whole seconds, was " + bucket);
        }
        this.mongo = mongo;
        this.bucket = bucket;
        this.pageSize = pageSize;
        this.lookback = lookback;
    }

    Instant bucketStart(Instant at) {
        long every = bucket.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), every) * every);
    }

    @Override
    public void enter(String dealId, String reminderId, Instant at) {
        Instant start = bucketStart(at);
        String key = start.toString();
        Document counter = queue().findOneAndUpdate(Filters.eq("_id", "b/" + key),
                Updates.combine(Updates.inc("count", 1), Updates.setOnInsert("start", Date.from(start))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long n = counter.get("count", Number.class).longValue() - 1;
        Upserts.byId(queue(), "p/" + key + "/" + (n / pageSize), Updates.push("entries",
                new Document("d", dealId).append("r", reminderId).append("at", Date.from(at))));
        Document mark = marks().find(Filters.eq("_id", CAUGHT_UP)).first();
        if (mark == null || mark.getDate("at").toInstant().isAfter(start)) {
            Upserts.byId(marks(), CAUGHT_UP, Updates.min("at", Date.from(start)));
        }
    }

    /**
     * Enters many at once, as {@link #enter} does one by one: per bucket one increment of its counter by
     * their number, then each page they fall on pushed once. A bulk load (the dispatch benchmark's set-up).
     */
    public void enterAll(List<Entry> entries) {
        Map<Instant, List<Entry>> byBucket = new TreeMap<>();
        entries.forEach(e -> byBucket.computeIfAbsent(bucketStart(e.at()), k -> new ArrayList<>()).add(e));
        byBucket.forEach((start, inBucket) -> {
            String key = start.toString();
            Document counter = queue().findOneAndUpdate(Filters.eq("_id", "b/" + key),
                    Updates.combine(Updates.inc("count", inBucket.size()), Updates.setOnInsert("start", Date.from(start))),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            long n = counter.get("count", Number.class).longValue() - inBucket.size();
            Map<Long, List<Document>> byPage = new TreeMap<>();
            for (Entry e : inBucket) {
                byPage.computeIfAbsent(n++ / pageSize, p -> new ArrayList<>()).add(new Document("d", e.dealId())
                        .append("r", e.reminderId()).append("at", Date.from(e.at())));
            }
            byPage.forEach((page, docs) -> Upserts.byId(queue(), "p/" + key + "/" + page, Updates.pushEach("entries", docs)));
        });
        if (!byBucket.isEmpty()) {
            Date first = Date.from(byBucket.keySet().iterator().next());
            Upserts.byId(marks(), CAUGHT_UP, Updates.min("at", first));
        }
    }

    @Override
    public Due dueBy(Instant now) {
        Document mark = marks().find(Filters.eq("_id", CAUGHT_UP)).first();
        Instant from = mark != null ? mark.getDate("at").toInstant() : bucketStart(now.minus(lookback));
        List<Bucket> buckets = new ArrayList<>();
        for (Instant start = bucketStart(from); !start.isAfter(now); start = start.plus(bucket)) {
            String key = start.toString();
            Document counter = queue().find(Filters.eq("_id", "b/" + key)).first();
            if (counter == null) {
                continue;
            }
            long count = counter.get("count", Number.class).longValue();
            List<Page> pages = new ArrayList<>();
            for (long page = 0; page * pageSize < count; page++) {
                String id = "p/" + key + "/" + page;
                Document doc = queue().find(Filters.eq("_id", id)).first();
                if (doc != null) {
                    pages.add(new Page(id, doc.getList("entries", Document.class, List.of()).stream()
                            .map(e -> new Entry(e.getString("d"), e.getString("r"), e.getDate("at").toInstant()))
                            .toList()));
                }
            }
            buckets.add(new Bucket("b/" + key, start, start.plus(bucket), count, pages));
        }
        return new Due(from, buckets);
    }

    /**
     * Reads the bucket counters from the one of {@code now} on, in order, and the pages of the first that
     * holds an entry after {@code now}. The counters are found by an {@code _id} prefix, which the
     * embedded store answers by scanning the queue: only a simulated clock's stepping asks this, once a
     * step, never the dispatch itself.
     */
    @Override
    public Optional<Instant> nextAfter(Instant now) {
        Date from = Date.from(bucketStart(now));
        List<Document> counters = queue().find(new Document("_id", new Document("$regex", "^b/"))
                .append("start", new Document("$gte", from))).into(new ArrayList<>());
        counters.sort((a, b) -> a.getDate("start").compareTo(b.getDate("start")));
        for (Document counter : counters) {
            String key = counter.getDate("start").toInstant().toString();
            long count = counter.get("count", Number.class).longValue();
            Optional<Instant> earliest = Optional.empty();
            for (long page = 0; page * pageSize < count; page++) {
                Document doc = queue().find(Filters.eq("_id", "p/" + key + "/" + page)).first();
                for (Document entry : doc == null ? List.<Document>of() : doc.getList("entries", Document.class)) {
                    Instant at = entry.getDate("at").toInstant();
                    if (at.isAfter(now) && earliest.map(at::isBefore).orElse(true)) {
                        earliest = Optional.of(at);
                    }
                }
            }
            if (earliest.isPresent()) {
                return earliest;
            }
        }
        return Optional.empty();
    }

    /**
     * Removes the page only if it still holds just the entries that were read: an entry made into it since
     * (a reminder planned or retried into a bucket that is due now) keeps the page for the next run, which
     * finds the ones dealt with not due and the new one due.
     */
    @Override
    public void done(Page page) {
        queue().deleteOne(new Document("_id", page.id())
                .append("entries", new Document("$size", page.entries().size())));
    }

    /**
     * Removes the counter only if it still counts just the entries that were read, as {@link #done(Page)}
     * does for a page: an entry made into the bucket since keeps it (and its page) for the next run.
     */
    @Override
    public boolean done(Bucket bucket) {
        return queue().deleteOne(new Document("_id", bucket.id()).append("count", bucket.count())).getDeletedCount() == 1;
    }

    @Override
    public void caughtUp(Instant from, Instant upTo) {
        Instant to = bucketStart(upTo);
        if (!to.isAfter(from)) {
            return;
        }
        // only if no entry moved the mark back since this run read it (the marks collection holds one document)
        marks().updateOne(new Document("_id", CAUGHT_UP).append("at", Date.from(from)), Updates.set("at", Date.from(to)));
        Upserts.byId(marks(), CAUGHT_UP, Updates.setOnInsert("at", Date.from(to)));
    }

    private MongoCollection<Document> queue() {
        return mongo.getCollection(COLLECTION);
    }

    private MongoCollection<Document> marks() {
        return mongo.getCollection(MARKS);
    }
}
