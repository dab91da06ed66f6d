package com.anchang.notification.adapter.persistence;

import com.anchang.notification.domain.ReminderMessages;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Which reminder a provider's message is: {@code _id: "ALIBABA:<BizId>"}, read by {@code _id} when its receipt comes. */
public class MongoReminderMessages implements ReminderMessages {

    static final String COLLECTION = "reminder_messages";

    private final MongoTemplate mongo;

    public MongoReminderMessages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(String provider, String messageId, String dealId, String reminderId) {
        try {
            collection().insertOne(new Document("_id", provider + ":" + messageId).append("d", dealId).append("r", reminderId));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e; // a duplicate: remembered already (found at the provider after a takeover)
            }
        }
    }

    /** One unordered insert of the page; a duplicate key is one remembered already, as in {@link #remember}. */
    @Override
    public void rememberAll(List<Message> sent) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            collection().insertMany(sent.stream().map(m -> new Document("_id", m.provider() + ":" + m.messageId())
                    .append("d", m.dealId()).append("r", m.reminderId())).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            Bulk.rethrowUnlessDuplicates(e);
        }
    }

    @Override
    public Optional<Sent> find(String provider, String messageId) {
        Document doc = collection().find(Filters.eq("_id", provider + ":" + messageId)).first();
        return doc == null ? Optional.empty() : Optional.of(new Sent(doc.getString("d"), doc.getString("r")));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
