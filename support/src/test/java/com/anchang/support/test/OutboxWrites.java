package com.anchang.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.outbox.OutboxRelay;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Checks a repository against the outbox invariant: the outbox field is written only by {@code $push}
 * (writers) and {@code $pull} (the relay), and versions guard state only. A writer that read a document
 * while its outbox held entries, which the relay then published and removed, still wins its
 * compare-and-set at the first attempt, and the published entries are not written back.
 */
public final class OutboxWrites {

    private OutboxWrites() {
    }

    /**
     * With the service's relay paused: {@code arrange} leaves unpublished entries in the document,
     * {@code read} reads the aggregate, the relay publishes and removes those entries, then {@code write}
     * writes what was read (it must not throw a conflict). The relay is running again afterwards.
     *
     * @return the ids of the entries published between the read and the write
     */
    public static <T> List<String> relayedBetweenReadAndWrite(OutboxRelay relay, MongoTemplate mongo, String collection,
            Object id, Runnable arrange, Supplier<T> read, Consumer<T> write) {
        relay.stop();
        try {
            arrange.run();
            T aggregate = read.get();
            List<String> published = eventIds(mongo, collection, id);
            assertThat(published).as("%s %s has unpublished entries when read", collection, id).isNotEmpty();

            assertThat(relay.relay(collection, id)).as("entries published by the relay").isEqualTo(published.size());
            write.accept(aggregate);

            assertThat(eventIds(mongo, collection, id)).as("the outbox after the write: published entries written back")
                    .doesNotContainAnyElementsOf(published);
            return published;
        } finally {
            relay.start();
        }
    }

    /** The event ids in a document's outbox now. */
    public static List<String> eventIds(MongoTemplate mongo, String collection, Object id) {
        Document doc = mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
        assertThat(doc).as("%s %s", collection, id).isNotNull();
        return doc.getList("outbox", Document.class, List.of()).stream().map(e -> e.getString("eventId")).toList();
    }
}
