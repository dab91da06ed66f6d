package com.anchang.commission.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.Share;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

public class MongoDealCreditRepository implements DealCreditRepository {

    private final MongoTemplate mongo;

    public MongoDealCreditRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<DealCredit> find(String dealId) {
        return Optional.ofNullable(mongo.findById(dealId, DealCreditDocument.class)).map(MongoDealCreditRepository::toDomain);
    }

    @Override
    public boolean save(DealCredit credit) {
        long next = credit.revision() + 1;
        DealCreditDocument document = new DealCreditDocument(credit.dealId(), next, consultantIds(credit), credit);
        if (credit.revision() < 0) {
            try {
                mongo.insert(document);
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return mongo.findAndReplace(query(where("_id").is(credit.dealId()).and("version").is(credit.revision())),
                document) != null;
    }

    /**
     * Queries by {@code {credit.officeId, consultantIds}} and keeps the developer's in memory. The
     * embedded store scans the collection for it (no unique key can serve "one consultant's deals at an
     * office"): fine for a few years of an office's deals; a per-consultant summary keyed by (developer,
     * office, consultant) serves it when it grows.
     */
    @Override
    public List<DealCredit> concerning(String developerId, String officeId, String consultantId) {
        return mongo.find(query(where("credit.officeId").is(officeId).and("consultantIds").is(consultantId)),
                        DealCreditDocument.class).stream()
                .map(MongoDealCreditRepository::toDomain)
                .filter(credit -> developerId != null && developerId.equals(credit.developerId()))
                .toList();
    }

    /** A scan on the embedded store, as {@link #concerning} (no unique key serves it). */
    @Override
    public List<DealCredit> ofOffice(String developerId, String officeId) {
        return mongo.find(query(where("credit.officeId").is(officeId)), DealCreditDocument.class).stream()
                .map(MongoDealCreditRepository::toDomain)
                .filter(credit -> developerId != null && developerId.equals(credit.developerId()))
                .toList();
    }

    @Override
    public List<DealCredit> ofDeveloper(String developerId) {
        return mongo.find(query(where("credit.developerId").is(developerId)), DealCreditDocument.class).stream()
                .map(MongoDealCreditRepository::toDomain)
                .toList();
    }

    private static List<String> consultantIds(DealCredit credit) {
        Stream<String> shares = credit.allocation() == null ? Stream.empty()
                : credit.allocation().shares().stream().map(Share::consultantId);
        return Stream.concat(shares, credit.entries().stream().map(LedgerEntry::consultantId)).distinct().toList();
    }

    private static DealCredit toDomain(DealCreditDocument d) {
        return d.credit().atRevision(d.version());
    }
}
