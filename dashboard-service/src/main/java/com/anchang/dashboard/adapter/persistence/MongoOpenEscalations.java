package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.anchang.dashboard.domain.OpenEscalations;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code office_open_escalations}, one document per office: per open escalation (field = its id, encoded) its kind, deal, unit, when raised. */
public class MongoOpenEscalations implements OpenEscalations {

    static final String OPEN_ESCALATIONS = "office_open_escalations";

    private final MongoCollection<Document> offices;

    public MongoOpenEscalations(MongoTemplate mongo) {
        this.offices = mongo.getCollection(OPEN_ESCALATIONS);
    }

    @Override
    public void raised(String officeId, String escalationId, Escalation e) {
        Upserts.byId(offices, officeId, Updates.set("open." + MongoOpenDeals.fieldName(escalationId),
                new Document("kind", e.kind()).append("dealId", e.dealId()).append("unitCode", e.unitCode())
                        .append("raisedAt", e.raisedAt().toString())));
    }

    @Override
    public void resolved(String officeId, String escalationId) {
        Upserts.byId(offices, officeId, Updates.unset("open." + MongoOpenDeals.fieldName(escalationId)));
    }

    @Override
    public Map<String, Escalation> of(String officeId) {
        Map<String, Escalation> open = new TreeMap<>();
        Document office = offices.find(eq("_id", officeId)).first();
        Document items = office == null ? null : office.get("open", Document.class);
        if (items != null) {
            items.forEach((field, value) -> {
                Document d = (Document) value;
                open.put(MongoOpenDeals.idOf(field), new Escalation(d.getString("kind"), d.getString("dealId"),
                        d.getString("unitCode"), Instant.parse(d.getString("raisedAt"))));
            });
        }
        return open;
    }
}
