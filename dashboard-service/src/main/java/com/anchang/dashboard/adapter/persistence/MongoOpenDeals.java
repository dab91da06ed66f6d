package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.anchang.dashboard.domain.DealState;
import com.anchang.dashboard.domain.OpenDeals;
import com.anchang.support.mongo.Upserts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code office_open_deals}, one document per office ({@code _id} = office): per open deal (field = the deal id,
 * URL-encoded so that no id holds a dot) its unit, down payment outstanding and due, financing, loan and mortgage
 * stage. Each write sets or unsets one deal's field by {@code _id}; a dashboard reads one document.
 */
public class MongoOpenDeals implements OpenDeals {

    static final String OPEN_DEALS = "office_open_deals";

    private final MongoCollection<Document> offices;

    public MongoOpenDeals(MongoTemplate mongo) {
        this.offices = mongo.getCollection(OPEN_DEALS);
    }

    private static String field(String dealId) {
        return "deals." + fieldName(dealId);
    }

    /** An id as a field name: URL-encoded, dots too, so that no id makes a path. */
    static String fieldName(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace(".", "%2E");
    }

    static String idOf(String fieldName) {
        return URLDecoder.decode(fieldName, StandardCharsets.UTF_8);
    }

    @Override
    public void put(String officeId, String dealId, DealState.Open open) {
        Upserts.byId(offices, officeId, Updates.set(field(dealId), new Document("unitCode", open.unitCode())
                .append("outstanding", decimal(open.downPaymentOutstanding()))
                .append("due", open.downPaymentDue() == null ? null : open.downPaymentDue().toString())
                .append("financing", open.financing()).append("loan", decimal(open.loanAmount()))
                .append("stage", open.mortgageStage() == null ? null : open.mortgageStage().name())));
    }

    @Override
    public void remove(String officeId, String dealId) {
        Upserts.byId(offices, officeId, Updates.unset(field(dealId)));
    }

    @Override
    public Map<String, DealState.Open> of(String officeId) {
        Map<String, DealState.Open> open = new TreeMap<>();
        Document office = offices.find(eq("_id", officeId)).first();
        Document deals = office == null ? null : office.get("deals", Document.class);
        if (deals == null) {
            return open;
        }
        deals.forEach((field, value) -> {
            Document d = (Document) value;
            open.put(idOf(field), new DealState.Open(d.getString("unitCode"),
                    decimal(d.get("outstanding")), d.getString("due") == null ? null : LocalDate.parse(d.getString("due")),
                    d.getString("financing"), decimal(d.get("loan")),
                    d.getString("stage") == null ? null : DealState.MortgageStage.valueOf(d.getString("stage"))));
        });
        return open;
    }

    private static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Decimal128 d ? d.bigDecimalValue() : null;
    }
}
