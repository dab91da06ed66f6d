package com.anchang.lead.adapter.persistence.rotation;

import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.RoundLog;
import com.anchang.lead.domain.rotation.Skip;

/**
 * A finished reception, a skip of a closed round or a closed round, leaving the day's hot document for the history:
 * pushed in the same write that finished it, then copied to its own history document (by {@code key},
 * idempotent) and pulled.
 *
 * @param key the history document's {@code _id}
 */
public record ArchiveItem(String key, Assignment assignment, Skip skip, RoundLog round) {

    /** A finished reception: {@code <dayId>:<assignmentId>}. */
    static ArchiveItem of(String dayId, Assignment assignment) {
        return new ArchiveItem(assignmentKey(dayId, assignment.id()), assignment, null, null);
    }

    /**
     * A skip of a closed round: {@code <dayId>:skip:<queue>:<round>:<n>}, n its place among that round's
     * skips (they all leave together, when the round closes).
     */
    static ArchiveItem of(String dayId, Skip skip, int n) {
        return new ArchiveItem(skipKey(dayId, skip.queue(), skip.round(), n), null, skip, null);
    }

    /** A closed round: {@code <dayId>:round:<queue>:<round>}. */
    static ArchiveItem of(String dayId, RoundLog round) {
        return new ArchiveItem(roundKey(dayId, round.queue(), round.round()), null, null, round);
    }

    static String assignmentKey(String dayId, String assignmentId) {
        return dayId + ":" + assignmentId;
    }

    static String skipKey(String dayId, Queue queue, int round, int n) {
        return dayId + ":skip:" + queue + ":" + round + ":" + n;
    }

    static String roundKey(String dayId, Queue queue, int round) {
        return dayId + ":round:" + queue + ":" + round;
    }
}
