package com.anchang.notification.adapter.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;

/** What the adapters' unordered bulk inserts share: a duplicate key is an entry written already, anything else fails. */
final class Bulk {

    private Bulk() {
    }

    static void rethrowUnlessDuplicates(MongoBulkWriteException e) {
        if (e.getWriteConcernError() != null || e.getWriteErrors().stream()
                .anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
            throw e;
        }
    }
}
