package com.anchang.commission.adapter.persistence;

import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimeline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One lead's ownership history, keyed by lead id; each fact carries the id of its event, so a
 * redelivery is seen in the document it would change. Written by compare-and-set on {@code version}
 * ({@code id_version} serves it on the embedded store too). {@code dealIds}: the deals of the lead seen
 * here, decided again when a fact arrives (a deal may come before its lead's registration). {@code protectedUntil} is an ISO date: a
 * calendar day of the office.
 */
@Document("ownership_timelines")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record OwnershipTimelineDocument(@Id String leadId, String developerId, String officeId, List<Fact> facts,
        List<String> dealIds, long version) {

    public record Fact(String eventId, OwnershipFact.Kind kind, Instant at, String consultantId, String protectedUntil,
            String offenderConsultantId, String detail) {

        static Fact of(OwnershipFact f) {
            return new Fact(f.eventId(), f.kind(), f.at(), f.consultantId(),
                    f.protectedUntil() == null ? null : f.protectedUntil().toString(), f.offenderConsultantId(), f.detail());
        }

        OwnershipFact toDomain() {
            return new OwnershipFact(eventId, kind, at, consultantId,
                    protectedUntil == null ? null : LocalDate.parse(protectedUntil), offenderConsultantId, detail);
        }
    }

    OwnershipTimeline toDomain() {
        return new OwnershipTimeline(leadId, developerId, officeId, facts.stream().map(Fact::toDomain).toList());
    }
}
