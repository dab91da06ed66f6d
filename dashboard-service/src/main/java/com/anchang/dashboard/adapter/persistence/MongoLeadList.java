package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.in;

import com.anchang.dashboard.domain.LeadList;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.mongo.Upserts;
import com.anchang.support.mongo.IdLists;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code office_month_leads}, one document per office and month ({@code office|2026-11}): per lead (field = its id, encoded) its day, owner, source, masked name. */
public class MongoLeadList implements LeadList {

    static final String MONTH_LEADS = "office_month_leads";

    private final MongoCollection<Document> months;

    public MongoLeadList(MongoTemplate mongo) {
        this.months = mongo.getCollection(MONTH_LEADS);
    }

    @Override
    public void registered(String officeId, Lead lead) {
        Upserts.byId(months, MongoOfficeFigures.monthId(officeId, YearMonth.from(lead.day())),
                Updates.set("leads." + MongoOpenDeals.fieldName(lead.leadId()), new Document("day", lead.day().toString())
                        .append("owner", lead.ownerConsultantId()).append("source", lead.source())
                        .append("customer", lead.customer())));
    }

    @Override
    public List<Lead> of(String officeId, Period period) {
        List<String> ids = period.months().stream().map(m -> MongoOfficeFigures.monthId(officeId, m)).toList();
        List<Lead> leads = new ArrayList<>();
        for (List<String> chunk : IdLists.of(ids)) {
            for (Document month : months.find(in("_id", chunk))) {
                Document byLead = month.get("leads", Document.class);
                if (byLead == null) {
                    continue;
                }
                byLead.forEach((field, value) -> {
                    Document d = (Document) value;
                    LocalDate day = LocalDate.parse(d.getString("day"));
                    if (period.contains(day)) {
                        leads.add(new Lead(MongoOpenDeals.idOf(field), day, d.getString("owner"), d.getString("source"),
                                d.getString("customer")));
                    }
                });
            }
        }
        leads.sort(Comparator.comparing(Lead::day).thenComparing(Lead::leadId));
        return leads;
    }
}
