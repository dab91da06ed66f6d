package com.anchang.transaction.adapter.persistence;

import com.anchang.transaction.domain.FileAccess;
import com.anchang.transaction.domain.FileKind;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of the deal files' audit as stored. */
@Document("deal_file_audit")
record FileReadDocument(
        @Id String id,
        @Indexed String dealId,
        String officeId,
        String fileId,
        FileKind kind,
        FileAccess.Action action,
        String userId,
        Instant at) {

    FileAccess toDomain() {
        return new FileAccess(dealId, officeId, fileId, kind, action, userId, at);
    }
}
