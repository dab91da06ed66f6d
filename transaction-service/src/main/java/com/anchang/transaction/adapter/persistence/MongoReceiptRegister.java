package com.anchang.transaction.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import com.anchang.transaction.domain.ReceiptSeries;
import java.time.Clock;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The receipt register without multi-document transactions (ADR 13): a receipt exists when its entry
 * is inserted with its number as {@code _id}, and an insert is atomic, so a number is either taken with
 * its whole receipt or free. Numbers of a series are tried upwards from the series' head
 * ({@code receipt_series}, the highest number known issued; only a hint, moved forward with {@code $max}
 * after each insert, never back): n is tried only once n − 1 is known to exist (it is the head, or the
 * insert of n − 1 just failed as a duplicate), so the numbers issued are 1, 2, 3 … without a gap, and
 * concurrent issuers racing for one number get it once and each of the others the next. A payment's
 * receipt is unique ({@code paymentId}), so a retry of a confirmation finds the receipt it issued before.
 */
public class MongoReceiptRegister implements ReceiptRegister {

    static final String RECEIPTS = "receipts";
    static final String SERIES = "receipt_series";
    /** Duplicates in a row before giving up: only a pathological race of this many issuers gets that far. */
    private static final int MAX_TRIES = 10_000;

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoReceiptRegister(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<Receipt> forPayment(String paymentId) {
        // {paymentId} alone: served by the unique "payment" index on the embedded store too
        return Optional.ofNullable(mongo.findOne(query(where("paymentId").is(paymentId)), ReceiptDocument.class))
                .map(ReceiptDocument::receipt);
    }

    @Override
    public Optional<Receipt> byNumber(String number) {
        return Optional.ofNullable(mongo.findById(number, ReceiptDocument.class)).map(ReceiptDocument::receipt);
    }

    @Override
    public Receipt issue(ReceiptSeries series, Receipt draft) {
        Optional<Receipt> earlier = forPayment(draft.paymentId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long next = head(series) + 1;
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            Receipt numbered = draft.numbered(series.number(next));
            try {
                mongo.insert(new ReceiptDocument(numbered.number(), numbered.paymentId(), series.id(), next, numbered,
                        clock.instant()));
            } catch (DuplicateKeyException taken) {
                Optional<Receipt> mine = forPayment(draft.paymentId());
                if (mine.isPresent()) {
                    return mine.get(); // a concurrent attempt for the same payment issued it
                }
                next = Math.max(next + 1, head(series) + 1);
                continue;
            }
            mongo.upsert(query(where("_id").is(series.id())), new Update().max("last", next), SERIES);
            return numbered;
        }
        throw new IllegalStateException("no receipt number of series " + series.id() + " after " + MAX_TRIES + " tries");
    }

    /** The highest number of the series known issued (0 for none yet); numbers 1 to it all exist. */
    long head(ReceiptSeries series) {
        Document head = mongo.getCollection(SERIES).find(new Document("_id", series.id())).first();
        return head == null ? 0 : ((Number) head.get("last")).longValue();
    }
}
