package com.anchang.lead.adapter.persistence.rotation;

import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.CallOffer;
import com.anchang.lead.domain.rotation.Duty;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.RoundLog;
import com.anchang.lead.domain.rotation.Skip;
import com.anchang.support.outbox.OutboxEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The rotation of one office for one business day, as stored: {@code _id} = {@code officeId:businessDay},
 * so every operation of the day reads and writes one document by its key, and the events it caused
 * not yet published (the outbox). The unique {@code id_version} index serves the compare-and-set
 * write's flat {@code {_id, version}} filter on the embedded store. The day's state is embedded as the
 * domain's value records (duties, rounds, assignments, skips): it is bounded by one office's day.
 */
@Document(ReceptionDayDocument.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record ReceptionDayDocument(
        @Id String id,
        String developerId,
        String officeId,
        String businessDay,
        List<Duty> duties,
        int walkInRound,
        int phoneRound,
        List<String> walkInPending,
        List<String> phonePending,
        List<RoundLog> rounds,
        List<Assignment> assignments,
        List<Skip> skips,
        CallOffer ringing,
        List<OutboxEntry> outbox,
        long version) {

    public static final String COLLECTION = "reception_days";

    static ReceptionDayDocument of(ReceptionDay day, List<OutboxEntry> outbox) {
        return new ReceptionDayDocument(day.id(), day.developerId(), day.officeId(), day.businessDay().toString(),
                day.duties(), day.round(Queue.WALK_IN), day.round(Queue.PHONE), day.pending(Queue.WALK_IN),
                day.pending(Queue.PHONE), day.roundLogs(), day.assignments(), day.skips(), day.ringing().orElse(null), outbox,
                0);
    }

    ReceptionDay toDomain() {
        return ReceptionDay.restore(developerId, officeId, LocalDate.parse(businessDay), nonNull(duties),
                Map.of(Queue.WALK_IN, walkInRound, Queue.PHONE, phoneRound),
                Map.of(Queue.WALK_IN, nonNull(walkInPending), Queue.PHONE, nonNull(phonePending)), nonNull(rounds),
                nonNull(assignments), nonNull(skips), ringing, version);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
