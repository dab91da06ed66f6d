package com.anchang.commission.adapter.persistence;

import com.anchang.commission.domain.LeadOwnership;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The consumer-owned copy of one lead's ownership, keyed by lead id so that a redelivered
 * registration is a duplicate key; records the id of the event it came from.
 * {@code protectedUntil} is an ISO date string: a calendar day of the office, not an instant.
 */
@Document("lead_ownership")
public record LeadOwnershipDocument(@Id String leadId, String developerId, String officeId, String ownerConsultantId,
        Instant registeredAt, String protectedUntil, String appliedEventId) {

    static LeadOwnershipDocument of(LeadOwnership o, String eventId) {
        return new LeadOwnershipDocument(o.leadId(), o.developerId(), o.officeId(), o.ownerConsultantId(),
                o.registeredAt(), o.protectedUntil() == null ? null : o.protectedUntil().toString(), eventId);
    }

    LeadOwnership toDomain() {
        return new LeadOwnership(leadId, developerId, officeId, ownerConsultantId, registeredAt,
                protectedUntil == null ? null : LocalDate.parse(protectedUntil));
    }
}
