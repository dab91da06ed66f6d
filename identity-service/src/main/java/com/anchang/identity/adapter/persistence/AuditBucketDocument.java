package com.anchang.identity.adapter.persistence;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The audit of one scope on one day: {@code _id} is {@code office:<id>:<day>},
 * {@code developer:<id>:<day>} or {@code platform:<day>}. Reading a day is one look-up by _id (the
 * embedded store indexes nothing else), appending one {@code $push}.
 */
@Document("audit")
public record AuditBucketDocument(@Id String id, List<EntryDocument> entries) {

    public record EntryDocument(String id, Instant at, AuditAction action, String actorId, String actorName,
            String subjectId, String developerId, List<String> officeIds, String address, String detail) {

        static EntryDocument of(AuditEntry e) {
            return new EntryDocument(e.id(), e.at(), e.action(), e.actorId(), e.actorName(), e.subjectId(),
                    e.developerId(), e.officeIds().stream().sorted().toList(), e.address(), e.detail());
        }

        AuditEntry toDomain() {
            return new AuditEntry(id, at, action, actorId, actorName, subjectId, developerId,
                    officeIds == null ? Set.of() : Set.copyOf(officeIds), address, detail);
        }
    }
}
