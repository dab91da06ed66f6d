package com.anchang.lead.adapter.persistence.rotation;

import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.RoundLog;
import com.anchang.lead.domain.rotation.Skip;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One finished reception, skip of a closed round or closed round of an office's day, read by
 * {@code _id} only: the keys are derived from the day's counters (see {@link ArchiveItem}), so the day
 * is read back without a query the embedded store would answer by scanning.
 */
@Document(ReceptionHistoryDocument.COLLECTION)
public record ReceptionHistoryDocument(@Id String id, String dayId, Assignment assignment, Skip skip, RoundLog round) {

    public static final String COLLECTION = "reception_history";
}
