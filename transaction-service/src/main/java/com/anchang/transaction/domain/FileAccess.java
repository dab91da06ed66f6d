package com.anchang.transaction.domain;

import java.time.Instant;
import java.util.Objects;

/** One entry of a deal's file audit (DEAL-4): who uploaded or read which file, when. */
public record FileAccess(String dealId, String officeId, String fileId, FileKind kind, Action action, String userId,
        Instant at) {

    public enum Action {
        UPLOADED,
        READ
    }

    public FileAccess {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }
}
