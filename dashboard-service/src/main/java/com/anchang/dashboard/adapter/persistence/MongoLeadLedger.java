package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.anchang.dashboard.domain.LeadLedger;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code leads}, one document per lead ({@code _id} = lead id), written by {@code $set} and {@code $addToSet}, read by {@code _id}. */
public class MongoLeadLedger implements LeadLedger {

    static final String LEADS = "leads";

    private final MongoCollection<Document> leads;

    public MongoLeadLedger(MongoTemplate mongo) {
        this.leads = mongo.getCollection(LEADS);
    }

    @Override
    public void registered(String leadId, String ownerConsultantId, String source, LocalDate day) {
        Upserts.byId(leads, leadId, Updates.combine(Updates.set("owner", ownerConsultantId), Updates.set("source", source),
                Updates.set("day", day.toString())));
    }

    @Override
    public Optional<TrackedLead> followedUp(String leadId, String followUpId) {
        Upserts.byId(leads, leadId, Updates.addToSet("followUps", followUpId));
        Document lead = leads.find(eq("_id", leadId)).first();
        if (lead == null || lead.getString("day") == null) {
            return Optional.empty();
        }
        return Optional.of(new TrackedLead(leadId, lead.getString("owner"), lead.getString("source"),
                LocalDate.parse(lead.getString("day")), lead.getList("followUps", String.class, List.of()).size()));
    }
}
