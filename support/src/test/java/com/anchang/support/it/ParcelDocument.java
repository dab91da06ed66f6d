package com.anchang.support.it;

import com.anchang.support.outbox.OutboxEntry;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("parcels")
public record ParcelDocument(@Id String id, String officeId, String status, List<OutboxEntry> outbox, @Version Long version) {
}
