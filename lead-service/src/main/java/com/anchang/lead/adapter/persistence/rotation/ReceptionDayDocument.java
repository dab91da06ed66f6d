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
 * The hot state of one office's rotation for one business day: {@code _id} = {@code officeId:businessDay},
 * so every operation of the day reads and writes one document by its key, with the events it caused
 * not yet published (the outbox). The unique {@code id_version} index serves the compare-and-set
 * write's flat {@code {_id, version}} filter on the embedded store.
 *
 * <p>It holds what the rules decide on: duties, queues, the current rounds, the receptions being
 * served, the skips of the current rounds, the ringing call. Finished receptions, closed rounds and
 * their skips leave it through {@code archive} for their own documents in {@code reception_history},
 * keyed by the day's counters: the embedded store rewrites a whole document on every update, so the hot
 * document keeps its size however busy the day.
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
        int nextNumber,
        List<ArchiveItem> archive,
        List<OutboxEntry> outbox,
        long version) {

    public static final String COLLECTION = "reception_days";

    /** A new day's first document (nothing to archive yet). */
    static ReceptionDayDocument of(ReceptionDay day, List<RoundLog> rounds, List<Assignment> active,
            List<Skip> current, List<OutboxEntry> outbox) {
        return new ReceptionDayDocument(day.id(), day.developerId(), day.officeId(), day.businessDay().toString(),
                day.duties(), day.round(Queue.WALK_IN), day.round(Queue.PHONE), day.pending(Queue.WALK_IN),
                day.pending(Queue.PHONE), rounds, active, current, day.ringing().orElse(null),
                day.nextNumber(), List.of(), outbox, 0);
    }

    /** The day with these receptions and skips (the hot ones, or the whole history). */
    ReceptionDay toDomain(List<RoundLog> withRounds, List<Assignment> withAssignments, List<Skip> withSkips) {
        return ReceptionDay.restore(developerId, officeId, LocalDate.parse(businessDay), nonNull(duties),
                Map.of(Queue.WALK_IN, walkInRound, Queue.PHONE, phoneRound),
                Map.of(Queue.WALK_IN, nonNull(walkInPending), Queue.PHONE, nonNull(phonePending)), withRounds,
                withAssignments, withSkips, ringing, nextNumber, version);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
