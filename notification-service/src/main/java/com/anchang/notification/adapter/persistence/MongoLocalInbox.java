package com.anchang.notification.adapter.persistence;

import com.anchang.notification.application.DeliveryChannel;
import com.anchang.notification.application.LocalInbox;
import com.anchang.notification.application.Outgoing;
import com.anchang.notification.domain.Channel;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The local inbox of the embedded default, and the {@link Channel#LOCAL} channel that fills it: one
 * document per reminder, {@code _id} = its reference, so a reminder sent twice (a takeover, a retry) is
 * recorded once. The office's listing reads by {@code officeId}, which the embedded store scans: the
 * inbox is a demonstration of what buyers would receive, not a production path.
 */
public class MongoLocalInbox implements LocalInbox, DeliveryChannel {

    static final String COLLECTION = "local_inbox";

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoLocalInbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean deliver(Entry e) {
        try {
            collection().insertOne(document(e));
            return true;
        } catch (MongoWriteException ex) {
            if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw ex;
        }
    }

    private static Document document(Entry e) {
        return new Document("_id", e.reference()).append("developerId", e.developerId())
                .append("officeId", e.officeId()).append("dealId", e.dealId()).append("mobile", e.mobile())
                .append("channel", e.channel().name()).append("text", e.text()).append("status", e.status())
                .append("at", Date.from(e.at()));
    }

    @Override
    public List<Entry> ofOffice(String officeId, int limit) {
        List<Entry> entries = new ArrayList<>();
        collection().find(Filters.eq("officeId", officeId)).sort(Sorts.descending("at")).limit(limit)
                .forEach(d -> entries.add(new Entry(d.getString("_id"), d.getString("developerId"), d.getString("officeId"),
                        d.getString("dealId"), d.getString("mobile"), Channel.valueOf(d.getString("channel")),
                        d.getString("text"), d.getString("status"), d.getDate("at").toInstant())));
        return entries;
    }

    @Override
    public Channel channel() {
        return Channel.LOCAL;
    }

    @Override
    public String provider() {
        return "LOCAL";
    }

    @Override
    public SendResult send(Outgoing m) {
        deliver(entry(m, clock.instant()));
        return new SendResult.Accepted(m.reference());
    }

    @Override
    public boolean sendsInBulk() {
        return true;
    }

    /** The page in one unordered insert; a reference already in the inbox was delivered before and stays once. */
    @Override
    public List<SendResult> sendAll(List<Outgoing> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        Instant at = clock.instant();
        try {
            collection().insertMany(messages.stream().map(m -> document(entry(m, at))).toList(),
                    new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            Bulk.rethrowUnlessDuplicates(e);
        }
        return messages.stream().<SendResult>map(m -> new SendResult.Accepted(m.reference())).toList();
    }

    private static Entry entry(Outgoing m, Instant at) {
        return new Entry(m.reference(), m.developerId(), m.officeId(), m.dealId(), m.mobile(), m.buyerChannel(), m.text(),
                "DELIVERED", at);
    }

    @Override
    public Optional<String> findAccepted(Outgoing m, Instant since) {
        return collection().find(Filters.eq("_id", m.reference())).first() == null ? Optional.empty()
                : Optional.of(m.reference());
    }

    @Override
    public boolean confirmsOnSend() {
        return true;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
