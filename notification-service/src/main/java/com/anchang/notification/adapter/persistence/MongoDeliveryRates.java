package com.anchang.notification.adapter.persistence;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryRates;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Delivery counters in {@value #COLLECTION}, every read and write by key:
 * <ul>
 *   <li>{@code d/<office>/<day>}: per channel and result the set of reminders with that result
 *       ({@code results.<channel>.<SENT|DELIVERED|FAILED>}, {@code $addToSet}), the count being the set's
 *       size: a result told again adds nothing, without reading the day first, and a page of results is one
 *       write per day in one bulk write; days written before the sets keep their counts in
 *       {@code counts.<channel>.<result>} (with the list {@code counted}), added to the sets' sizes;</li>
 *   <li>{@code o/<office>}: the office's developer; {@code v/<developer>}: its offices with counts, written
 *       (idempotently) before the first count of the office this instance makes; an office once written stays
 *       (nothing removes it), so the instance remembers it and writes it no more.</li>
 * </ul>
 * A day's sets hold one entry per reminder sent, delivered or failed at the office that day.
 */
public class MongoDeliveryRates implements DeliveryRates {

    static final String COLLECTION = "delivery_rates";
    private static final String RESULTS = "results";

    private final MongoTemplate mongo;
    /** Offices whose {@code o/} and {@code v/} documents this instance has written: they are never removed. */
    private final Set<String> officesWritten = ConcurrentHashMap.newKeySet();

    public MongoDeliveryRates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void count(String developerId, String officeId, LocalDate day, Channel channel, String reminderId,
            Result... results) {
        countAll(List.of(new Count(developerId, officeId, day, channel, reminderId, List.of(results))));
    }

    /**
     * The offices' developers first (idempotent upserts, before any count names the office, as a day is
     * found from them), then one upsert per office day adding to its sets; each an unordered bulk write.
     */
    @Override
    public void countAll(List<Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        Map<String, String> offices = new LinkedHashMap<>();
        counts.stream().filter(c -> !officesWritten.contains(c.officeId()))
                .forEach(c -> offices.putIfAbsent(c.officeId(), c.developerId()));
        if (!offices.isEmpty()) {
            List<WriteModel<Document>> developers = new ArrayList<>();
            offices.forEach((office, developer) -> {
                developers.add(upsert("o/" + office, Updates.setOnInsert("developerId", developer)));
                developers.add(upsert("v/" + developer, Updates.addToSet("offices", office)));
            });
            upsertAll(developers);
            officesWritten.addAll(offices.keySet());
        }
        Map<String, List<Count>> byDay = new LinkedHashMap<>();
        counts.forEach(c -> byDay.computeIfAbsent("d/" + c.officeId() + "/" + c.day(), k -> new ArrayList<>()).add(c));
        List<WriteModel<Document>> days = new ArrayList<>();
        byDay.forEach((id, ofDay) -> {
            Map<String, List<String>> added = new LinkedHashMap<>();
            ofDay.forEach(c -> c.results().forEach(r -> added
                    .computeIfAbsent(RESULTS + "." + c.channel().name() + "." + r.name(), k -> new ArrayList<>())
                    .add(c.reminderId())));
            List<Bson> changes = new ArrayList<>();
            added.forEach((field, reminders) -> changes.add(Updates.addEachToSet(field, reminders)));
            changes.add(Updates.setOnInsert("officeId", ofDay.getFirst().officeId()));
            changes.add(Updates.setOnInsert("day", ofDay.getFirst().day().toString()));
            days.add(upsert(id, Updates.combine(changes)));
        });
        upsertAll(days);
    }

    private static UpdateOneModel<Document> upsert(String id, Bson update) {
        return new UpdateOneModel<>(Filters.eq("_id", id), update, new UpdateOptions().upsert(true));
    }

    /**
     * When another writer created one of the documents at once (a duplicate key, as in {@code Upserts.byId}),
     * the whole bulk is written once more, now to documents that exist: every update in it is idempotent.
     */
    private void upsertAll(List<WriteModel<Document>> writes) {
        try {
            collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            Bulk.rethrowUnlessDuplicates(e);
            collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    @Override
    public Optional<String> developerOf(String officeId) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", "o/" + officeId)).first())
                .map(d -> d.getString("developerId"));
    }

    @Override
    public List<String> offices(String developerId) {
        Document doc = collection().find(Filters.eq("_id", "v/" + developerId)).first();
        return doc == null ? List.of() : doc.getList("offices", String.class, List.of()).stream().sorted().toList();
    }

    @Override
    public List<Counts> of(String officeId, LocalDate from, LocalDate to) {
        List<Counts> counts = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Document doc = collection().find(Filters.eq("_id", "d/" + officeId + "/" + day)).first();
            Document before = doc == null ? new Document() : doc.get("counts", new Document());
            Document sets = doc == null ? new Document() : doc.get(RESULTS, new Document());
            for (Channel channel : Channel.values()) {
                Document c = before.get(channel.name(), Document.class);
                Document s = sets.get(channel.name(), Document.class);
                if (c != null || s != null) {
                    counts.add(new Counts(officeId, day, channel, n(c, s, Result.SENT), n(c, s, Result.DELIVERED),
                            n(c, s, Result.FAILED)));
                }
            }
        }
        return counts;
    }

    private static long n(Document counts, Document sets, Result result) {
        Number n = counts == null ? null : counts.get(result.name(), Number.class);
        List<?> set = sets == null ? null : sets.getList(result.name(), Object.class);
        return (n == null ? 0 : n.longValue()) + (set == null ? 0 : set.size());
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
