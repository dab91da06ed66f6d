package com.anchang.commission.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

public class MongoCreditRepository implements CreditRepository {

    private final MongoTemplate mongo;

    public MongoCreditRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Credit> find(String dealId) {
        return Optional.ofNullable(mongo.findById(dealId, CreditDocument.class)).map(CreditDocument::toDomain);
    }

    @Override
    public boolean insert(Credit credit) {
        try {
            mongo.insert(CreditDocument.of(credit));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Queries by {@code {officeId, crediteeConsultantId}} exactly as before and keeps the developer's
     * credits in memory, so adding the developer changes neither the query's shape nor what serves it.
     * A real MongoDB serves that query from {@code office_creditee}. The embedded store uses only unique
     * indexes whose fields are exactly the query's, and no unique key can serve "all the credits of one
     * consultant at one office", so there it scans the credits collection, as it did before: fine while
     * the collection holds a few years of deals (thousands). When it grows, serve it from a
     * per-consultant summary document keyed by (developer, office, consultant) instead.
     */
    @Override
    public List<Credit> creditedTo(String developerId, String officeId, String consultantId) {
        return mongo.find(query(where("officeId").is(officeId).and("crediteeConsultantId").is(consultantId)),
                        CreditDocument.class).stream()
                .filter(credit -> developerId != null && developerId.equals(credit.developerId()))
                .map(CreditDocument::toDomain).toList();
    }
}
