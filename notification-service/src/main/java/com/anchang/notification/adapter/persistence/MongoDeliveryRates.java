package com.anchang.notification.adapter.persistence;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.support.mongo.Upserts;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Delivery counters in {@value #COLLECTION}, every read and write by key:
 * <ul>
 *   <li>{@code d/<office>/<day>}: {@code counts.<channel>.<SENT|DELIVERED|FAILED>}, and the results counted
 *       ({@code <reminder>/<channel>/<result>}); a count is a compare-and-set on {_id, version} (the unique
 *       index of those two fields serves it) that adds the result to the list, so a result is counted once;</li>
 *   <li>{@code o/<office>}: the office's developer; {@code v/<developer>}: its offices with counts.</li>
 * </ul>
 * A day's list of results holds one entry per reminder sent, delivered or failed at the office that day.
 */
public class MongoDeliveryRates implements DeliveryRates {

    static final String COLLECTION = "delivery_rates";
    private static final int WRITE_ATTEMPTS = 32;

    private final MongoTemplate mongo;

    public MongoDeliveryRates(MongoTemplate mongo) {
        this.mongo = mongo;
        collection().createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
    }

    @Override
    public void count(String developerId, String officeId, LocalDate day, Channel channel, String reminderId,
            Result... results) {
        String id = "d/" + officeId + "/" + day;
        for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
            Document doc = collection().find(Filters.eq("_id", id)).first();
            if (doc == null) {
                Upserts.byId(collection(), "o/" + officeId, Updates.setOnInsert("developerId", developerId));
                Upserts.byId(collection(), "v/" + developerId, Updates.addToSet("offices", officeId));
                Document counts = new Document();
                for (Result result : results) {
                    counts.append(result.name(), 1L);
                }
                try {
                    collection().insertOne(new Document("_id", id).append("officeId", officeId).append("day", day.toString())
                            .append("version", 1L).append("counts", new Document(channel.name(), counts))
                            .append("counted", keys(reminderId, channel, List.of(results))));
                    return;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    continue; // another result of the day came first
                }
            }
            List<String> counted = doc.getList("counted", String.class, List.of());
            List<Result> fresh = Arrays.stream(results)
                    .filter(r -> !counted.contains(keys(reminderId, channel, List.of(r)).getFirst())).toList();
            if (fresh.isEmpty()) {
                return;
            }
            List<Bson> changes = new ArrayList<>();
            fresh.forEach(r -> changes.add(Updates.inc("counts." + channel.name() + "." + r.name(), 1L)));
            changes.add(Updates.pushEach("counted", keys(reminderId, channel, fresh)));
            changes.add(Updates.inc("version", 1L));
            long version = doc.get("version", Number.class).longValue();
            // flat {_id, version}: served by the unique index, a true compare-and-set
            if (collection().updateOne(new Document("_id", id).append("version", version), Updates.combine(changes))
                    .getMatchedCount() == 1) {
                return;
            }
        }
        throw new ConcurrentChangeException(COLLECTION, "delivery counts of " + id + " were changed concurrently");
    }

    private static List<String> keys(String reminderId, Channel channel, List<Result> results) {
        return results.stream().map(r -> reminderId + "/" + channel + "/" + r).toList();
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
            Document byChannel = doc == null ? new Document() : doc.get("counts", new Document());
            for (Channel channel : Channel.values()) {
                Document c = byChannel.get(channel.name(), Document.class);
                if (c != null) {
                    counts.add(new Counts(officeId, day, channel, n(c, Result.SENT), n(c, Result.DELIVERED),
                            n(c, Result.FAILED)));
                }
            }
        }
        return counts;
    }

    private static long n(Document counts, Result result) {
        Number n = counts.get(result.name(), Number.class);
        return n == null ? 0 : n.longValue();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
