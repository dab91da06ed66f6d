package com.anchang.dashboard.adapter.persistence;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The shape of the read model's documents, written beside them ({@code read_model: {_id: "shape", version}}).
 * A store of an older shape is dropped and rebuilt by replaying the topics from their start (ADR 17, ADR 24)
 * when the service starts, before its consumer does: an upgrade that reads new documents never shows zeros
 * until someone remembers to rebuild by hand. Runs first among the service's lifecycles, so the consumer
 * starts on the rebuilt store from the topics' start.
 */
public class ReadModelShape implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelShape.class);
    static final String COLLECTION = "read_model";
    /**
     * 1: ADR 17's month totals; 2: ADR 24's year documents, deals, buildings and breakdowns; 3: ADR 28's units by
     * area, loans' steps at the bank, credits and reminders planned, sent and delivered (figures from events
     * consumed before them); 4: what a unit's reservation and a planned reminder added, remembered to be taken back
     * ({@code additions}).
     */
    public static final int CURRENT = 4;

    private final MongoDatabase store;
    private final Runnable replayFromStart;
    private volatile boolean running;

    /** @param replayFromStart has the consumer read every topic from its start (its group's offsets forgotten) */
    public ReadModelShape(MongoDatabase store, Runnable replayFromStart) {
        this.store = store;
        this.replayFromStart = replayFromStart;
    }

    /** The shape the store holds: {@link #CURRENT} when marked so, 0 when it is empty, 1 when it holds ADR 17's. */
    public int found() {
        Document marker = store.getCollection(COLLECTION).find(Filters.eq("_id", "shape")).first();
        if (marker != null) {
            return marker.getInteger("version");
        }
        boolean empty = store.listCollectionNames().into(new java.util.ArrayList<>()).stream()
                .filter(name -> !name.equals(COLLECTION) && !name.equals("job_locks"))
                .allMatch(name -> store.getCollection(name).estimatedDocumentCount() == 0);
        return empty ? 0 : 1;
    }

    /** Marks an empty store as of the current shape; drops one of an older shape and has the topics replayed. */
    public void rebuildIfOlder() {
        int found = found();
        if (found == CURRENT) {
            return;
        }
        if (found != 0) {
            log.warn("the dashboards' store holds shape {} of its documents, this version reads shape {}: dropping it"
                    + " and replaying every topic from its start (ADR 24)", found, CURRENT);
            store.drop();
            replayFromStart.run();
        }
        store.getCollection(COLLECTION).replaceOne(Filters.eq("_id", "shape"),
                new Document("_id", "shape").append("version", CURRENT),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void start() {
        rebuildIfOlder();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before every other lifecycle, the consumer's container above all. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
