package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.anchang.dashboard.domain.Additions;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code additions}, one document per key ({@code _id}, e.g. {@code unit|u-1|RESERVED}, {@code reminder|rem-1}):
 * the office, when, the channel and the figures (compact, as the office days keep them) an event added, set whole
 * so that remembering it again changes nothing more; read and deleted by {@code _id}.
 */
public class MongoAdditions implements Additions {

    static final String ADDITIONS = "additions";

    private final MongoCollection<Document> additions;

    public MongoAdditions(MongoTemplate mongo) {
        this.additions = mongo.getCollection(ADDITIONS);
    }

    @Override
    public void remember(String key, Added added) {
        Upserts.byId(additions, key, Updates.combine(Updates.set("developerId", added.developerId()),
                Updates.set("officeId", added.officeId()), Updates.set("at", Date.from(added.at())),
                Updates.set("channel", added.channel()), Updates.set("f", MongoOfficeFigures.compact(added.figures()))));
    }

    @Override
    public Optional<Added> of(String key) {
        return Optional.ofNullable(additions.find(eq("_id", key)).first()).map(d -> new Added(d.getString("developerId"),
                d.getString("officeId"), d.getDate("at").toInstant(), d.getString("channel"),
                MongoOfficeFigures.expand(d.get("f", Document.class))));
    }

    @Override
    public void forget(String key) {
        additions.deleteOne(eq("_id", key));
    }
}
