package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.domain.rotation.EntryStatus;
import com.anchang.lead.domain.rotation.QueueEntry;
import java.util.List;

/**
 * One line of a queue: the consultant (user id), their place in the round, their state. The API calls
 * a consultant's user id {@code consultant}; {@code consultantId} is kept out of the document, where
 * it would read as an identity field a client could send.
 */
public record EntryView(String consultant, int place, EntryStatus status) {

    static List<EntryView> of(List<QueueEntry> entries) {
        return entries.stream().map(e -> new EntryView(e.consultantId(), e.place(), e.status())).toList();
    }
}
