package com.anchang.support.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Health of the in-process MongoDB wire-protocol server of the embedded default. It has no
 * {@code hello} command, so Boot's indicator would report DOWN against it; this one pings the
 * service's own database and counts its collections. Against real MongoDB the standard indicator
 * is used instead (see {@code anchang.mongo.embedded}).
 */
public class EmbeddedMongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public EmbeddedMongoHealthIndicator(MongoTemplate mongo) {
        super("Embedded MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document ping = mongo.executeCommand(new Document("ping", 1));
        builder.up()
                .withDetail("store", "embedded (mongo-java-server)")
                .withDetail("database", mongo.getDb().getName())
                .withDetail("ping", ping.get("ok"))
                .withDetail("collections", mongo.getCollectionNames().size());
    }
}
