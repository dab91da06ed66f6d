package com.anchang.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UpsertsTest {

    MongoServer server;
    MongoClient client;
    MongoCollection<Document> counts;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        counts = client.getDatabase("upserts").getCollection("counts");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    @DisplayName("the first upsert that loses the race to create the document (a duplicate key) is applied again: both writers' updates count")
    void losingFirstUpsertIsAppliedAgain() {
        // the collection as seen by a writer that another writer beats to creating the document
        MongoCollection<Document> beaten = beatenOnce(counts, () -> counts.insertOne(new Document("_id", "opening-1").append("n", 1)));

        Upserts.byId(beaten, "opening-1", Updates.inc("n", 1));

        assertThat(counts.find(Filters.eq("_id", "opening-1")).first().getInteger("n")).isEqualTo(2);
    }

    /** On its first updateOne, the other writer creates the document and this one's insert fails with a duplicate key. */
    @SuppressWarnings("unchecked")
    static MongoCollection<Document> beatenOnce(MongoCollection<Document> real, Runnable otherWriter) {
        AtomicBoolean first = new AtomicBoolean(true);
        return (MongoCollection<Document>) Proxy.newProxyInstance(UpsertsTest.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("updateOne") && first.getAndSet(false)) {
                        otherWriter.run();
                        throw new MongoWriteException(new WriteError(11000, "E11000 duplicate key error", new BsonDocument()),
                                new ServerAddress());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    @DisplayName("a write error other than a duplicate key is thrown, not retried away")
    void otherErrorsAreThrown() {
        counts.insertOne(new Document("_id", "x").append("n", "not a number"));
        assertThatThrownBy(() -> Upserts.byId(counts, "x", Updates.inc("n", 1))).isInstanceOf(MongoWriteException.class);
    }
}
