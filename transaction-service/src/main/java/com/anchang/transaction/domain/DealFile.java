package com.anchang.transaction.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A file kept with a deal (DEAL-4): what it is, its checked type and size, who uploaded it and when, and
 * the office it belongs to (the deal's), by which reads are scoped. The content travels beside it.
 *
 * @param sha256 the content's SHA-256, hex: the same file sent twice is kept once
 */
public record DealFile(String id, String dealId, String officeId, FileKind kind, FileType type, long size,
        String fileName, String sha256, String uploadedBy, Instant uploadedAt) {

    public DealFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        fileName = fileName == null ? "" : fileName;
    }
}
