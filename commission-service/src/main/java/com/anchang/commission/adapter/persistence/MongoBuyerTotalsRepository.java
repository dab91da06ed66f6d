package com.anchang.commission.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.commission.domain.BuyerTotalsRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Appends and withdraws deals by compare-and-set on the document's version, retrying when another write came first. */
public class MongoBuyerTotalsRepository implements BuyerTotalsRepository {

    private final MongoTemplate mongo;

    public MongoBuyerTotalsRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public BigDecimal recognise(String developerId, String buyerKey, String dealId, BigDecimal amount) {
        String id = developerId + "|" + buyerKey;
        while (true) {
            BuyerTotalsDocument current = mongo.findById(id, BuyerTotalsDocument.class);
            List<BuyerTotalsDocument.Deal> deals = current == null ? new ArrayList<>() : new ArrayList<>(current.deals());
            BigDecimal before = BigDecimal.ZERO;
            for (BuyerTotalsDocument.Deal deal : deals) {
                if (deal.dealId().equals(dealId)) {
                    return before;
                }
                if (!deal.withdrawn()) {
                    before = before.add(deal.amount());
                }
            }
            deals.add(new BuyerTotalsDocument.Deal(dealId, amount, false));
            if (write(id, current, deals)) {
                return before;
            }
        }
    }

    @Override
    public void withdraw(String developerId, String buyerKey, String dealId) {
        String id = developerId + "|" + buyerKey;
        while (true) {
            BuyerTotalsDocument current = mongo.findById(id, BuyerTotalsDocument.class);
            if (current == null || current.deals().stream().noneMatch(d -> d.dealId().equals(dealId) && !d.withdrawn())) {
                return;
            }
            List<BuyerTotalsDocument.Deal> deals = current.deals().stream()
                    .map(d -> d.dealId().equals(dealId) ? new BuyerTotalsDocument.Deal(dealId, d.amount(), true) : d)
                    .toList();
            if (write(id, current, deals)) {
                return;
            }
        }
    }

    @Override
    public void changeAmount(String developerId, String buyerKey, String dealId, BigDecimal amount) {
        String id = developerId + "|" + buyerKey;
        while (true) {
            BuyerTotalsDocument current = mongo.findById(id, BuyerTotalsDocument.class);
            if (current == null || current.deals().stream()
                    .noneMatch(d -> d.dealId().equals(dealId) && d.amount().compareTo(amount) != 0)) {
                return;
            }
            List<BuyerTotalsDocument.Deal> deals = current.deals().stream()
                    .map(d -> d.dealId().equals(dealId) ? new BuyerTotalsDocument.Deal(dealId, amount, d.withdrawn()) : d)
                    .toList();
            if (write(id, current, deals)) {
                return;
            }
        }
    }

    @Override
    public List<Later> after(String developerId, String buyerKey, String dealId) {
        BuyerTotalsDocument current = mongo.findById(developerId + "|" + buyerKey, BuyerTotalsDocument.class);
        List<Later> later = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        boolean seen = false;
        for (BuyerTotalsDocument.Deal deal : current == null ? List.<BuyerTotalsDocument.Deal>of() : current.deals()) {
            if (seen && !deal.withdrawn()) {
                later.add(new Later(deal.dealId(), before));
            }
            seen = seen || deal.dealId().equals(dealId);
            before = deal.withdrawn() ? before : before.add(deal.amount());
        }
        return later;
    }

    private boolean write(String id, BuyerTotalsDocument current, List<BuyerTotalsDocument.Deal> deals) {
        if (current == null) {
            try {
                mongo.insert(new BuyerTotalsDocument(id, deals, 0));
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return mongo.findAndReplace(query(where("_id").is(id).and("version").is(current.version())),
                new BuyerTotalsDocument(id, deals, current.version() + 1)) != null;
    }
}
