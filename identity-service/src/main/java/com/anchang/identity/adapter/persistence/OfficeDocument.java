package com.anchang.identity.adapter.persistence;

import com.anchang.identity.domain.Office;
import com.anchang.support.outbox.OutboxEntry;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An office as stored, with the events of its opening until they are published (ADR 1); {@code told}: its
 * opening was told to other services (set by the write that records the event; absent on offices stored before
 * the directory told openings, which are told once at start, ADR 32).
 */
@Document("offices")
public record OfficeDocument(@Id String id, String developerId, String name, String zone, List<OutboxEntry> outbox,
        Boolean told) {

    static OfficeDocument of(Office office, List<OutboxEntry> outbox) {
        return new OfficeDocument(office.id(), office.developerId(), office.name(), office.zone().getId(), outbox,
                true);
    }

    Office toDomain() {
        return new Office(id, developerId, name, ZoneId.of(zone));
    }
}
