package com.anchang.lead.adapter.persistence;

import com.anchang.lead.domain.Collision;
import com.anchang.support.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A collision (LEAD-5) as stored, with its unpublished events. Its {@code _id} is derived from the
 * lead, the second consultant and the office day, so a second insert of the same collision is a
 * duplicate key; {@code id_version} serves the compare-and-set of its resolution.
 */
@Document(MongoCollisionRepository.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record CollisionDocument(
        @Id String id,
        String developerId,
        String officeId,
        String leadId,
        String ownerConsultantId,
        String challengerConsultantId,
        Instant foundAt,
        String foundOn,
        String ownerProtectedUntil,
        List<Collision.Evidence> timeline,
        Collision.Decision decision,
        Collision.Resolution resolution,
        List<OutboxEntry> outbox,
        long version) {

    static CollisionDocument of(Collision c, List<OutboxEntry> outbox) {
        return new CollisionDocument(c.id(), c.developerId(), c.officeId(), c.leadId(), c.ownerConsultantId(),
                c.challengerConsultantId(), c.foundAt(), c.foundOn().toString(), c.ownerProtectedUntil().toString(), c.timeline(), c.decision(),
                c.resolution(), outbox, 0);
    }

    Collision toDomain() {
        return Collision.restore(id, developerId, officeId, leadId, ownerConsultantId, challengerConsultantId, foundAt,
                LocalDate.parse(foundOn), LocalDate.parse(ownerProtectedUntil), timeline == null ? List.of() : timeline, decision, resolution, version);
    }
}
