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
     * Scans the credits collection on the embedded store (no unique key serves it): fine while the
     * collection holds one office's deals of a few years (thousands). When it grows, serve it from a
     * per-consultant summary document keyed by (office, consultant, month) instead.
     */
    @Override
    public List<Credit> creditedTo(String officeId, String consultantId) {
        return mongo.find(query(where("officeId").is(officeId).and("crediteeConsultantId").is(consultantId)),
                CreditDocument.class).stream().map(CreditDocument::toDomain).toList();
    }
}
