package com.anchang.dashboard.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.anchang.dashboard.domain.DealLedger;
import com.anchang.dashboard.domain.DealState;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code deals}, one document per deal ({@code _id} = deal id): its state as the dashboards keep it and, per
 * event applied, the figures it made, changed together by compare-and-set on {_id, version} (a unique index, so
 * the embedded store serves it). A deal has a dozen events at most, so the document stays small.
 */
public class MongoDealLedger implements DealLedger {

    static final String DEALS = "deals";

    private final MongoCollection<Document> deals;

    public MongoDealLedger(MongoTemplate mongo) {
        this.deals = mongo.getCollection(DEALS);
        deals.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_version"));
    }

    @Override
    public DealState.Effect apply(String dealId, String eventId, Function<DealState, DealState.Effect> change) {
        while (true) {
            Document current = deals.find(eq("_id", dealId)).first();
            List<Document> effects = current == null ? new ArrayList<>()
                    : new ArrayList<>(current.getList("effects", Document.class));
            for (Document effect : effects) {
                if (effect.getString("e").equals(eventId)) {
                    return new DealState.Effect(state(current), MongoOfficeFigures.expand(effect.get("f", Document.class)));
                }
            }
            DealState.Effect effect = change.apply(current == null ? DealState.NEW : state(current));
            effects.add(new Document("e", eventId).append("f", MongoOfficeFigures.compact(effect.figures())));
            DealState next = effect.next();
            long version = current == null ? 1L : current.getLong("version") + 1;
            Document written = document(next).append("_id", dealId).append("effects", effects).append("version", version);
            if (current == null ? MongoOfficeFigures.insert(deals, written)
                    : deals.replaceOne(new Document("_id", dealId).append("version", current.getLong("version")), written)
                            .getMatchedCount() == 1) {
                return effect;
            }
        }
    }

    private static Document document(DealState deal) {
        DealState.DownPayment dp = deal.downPayment();
        return new Document("price", decimal(deal.price())).append("subscribed", deal.subscribed())
                .append("contracted", deal.contracted()).append("unitCode", deal.unitCode())
                .append("downPayment", dp == null ? null : new Document("amount", decimal(dp.amount()))
                        .append("due", dp.dueDate() == null ? null : dp.dueDate().toString())
                        .append("paid", decimal(dp.paid())))
                .append("financing", deal.financing()).append("loan", decimal(deal.loanAmount()))
                .append("appointed", deal.appointed()).append("disbursed", deal.disbursed())
                .append("cancelled", deal.cancelled())
                .append("loanSteps", deal.loanSteps().isEmpty() ? null : new Document(new java.util.TreeMap<>(deal.loanSteps())));
    }

    private static DealState state(Document deal) {
        Document dp = deal.get("downPayment", Document.class);
        return new DealState(decimal(deal.get("price")), deal.getBoolean("subscribed", false),
                deal.getBoolean("contracted", false), deal.getString("unitCode"),
                dp == null ? null : new DealState.DownPayment(decimal(dp.get("amount")),
                        dp.getString("due") == null ? null : LocalDate.parse(dp.getString("due")), decimal(dp.get("paid"))),
                deal.getString("financing"), decimal(deal.get("loan")), deal.getBoolean("appointed", false),
                deal.getBoolean("disbursed", false), deal.getBoolean("cancelled", false), loanSteps(deal));
    }

    private static java.util.Map<String, String> loanSteps(Document deal) {
        Document steps = deal.get("loanSteps", Document.class);
        java.util.Map<String, String> found = new java.util.HashMap<>();
        if (steps != null) {
            steps.forEach((loan, step) -> found.put(loan, (String) step));
        }
        return found;
    }

    private static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Decimal128 d ? d.bigDecimalValue() : value == null ? null : new BigDecimal(value.toString());
    }
}
