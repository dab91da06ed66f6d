package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.Opening;
import com.anchang.support.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An opening as stored, with its inventory.opening-started event until the relay published it. */
@Document("openings")
public record OpeningDocument(@Id String id, String developerId, String officeId, String name, List<String> unitIds,
        Instant opensAt, int quotaPerBuyer, String openedBy, Instant openedAt, List<OutboxEntry> outbox, long version) {

    static OpeningDocument of(Opening o, List<OutboxEntry> outbox) {
        return new OpeningDocument(o.id(), o.developerId(), o.officeId(), o.name(), o.unitIds(), o.opensAt(),
                o.quotaPerBuyer(), o.openedBy(), o.openedAt(), outbox, 0);
    }

    Opening toDomain() {
        return new Opening(id, developerId, officeId, name, unitIds, opensAt, quotaPerBuyer, openedBy, openedAt);
    }
}
