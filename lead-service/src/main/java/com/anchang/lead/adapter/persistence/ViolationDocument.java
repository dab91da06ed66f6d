package com.anchang.lead.adapter.persistence;

import com.anchang.lead.domain.Violation;
import com.anchang.support.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A violation (LEAD-9) as stored, read by {@code _id}, with its unpublished event (the outbox). */
@Document(MongoViolations.COLLECTION)
public record ViolationDocument(
        @Id String id,
        String developerId,
        String officeId,
        String leadId,
        String offenderConsultantId,
        String rightfulOwnerConsultantId,
        Violation.Kind kind,
        String evidence,
        String recordedBy,
        Instant at,
        String day,
        String origin,
        String reference,
        List<OutboxEntry> outbox) {

    static ViolationDocument of(Violation v, List<OutboxEntry> outbox) {
        return new ViolationDocument(v.id(), v.developerId(), v.officeId(), v.leadId(), v.offenderConsultantId(),
                v.rightfulOwnerConsultantId(), v.kind(), v.evidence(), v.recordedBy(), v.at(), v.day().toString(),
                v.origin(), v.reference(), outbox);
    }

    Violation toDomain() {
        return new Violation(id, developerId, officeId, leadId, offenderConsultantId, rightfulOwnerConsultantId, kind,
                evidence, recordedBy, at, LocalDate.parse(day), origin, reference);
    }
}
