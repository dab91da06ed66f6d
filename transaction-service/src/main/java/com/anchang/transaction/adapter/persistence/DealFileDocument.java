package com.anchang.transaction.adapter.persistence;

import com.anchang.transaction.domain.DealFile;
import com.anchang.transaction.domain.FileKind;
import com.anchang.transaction.domain.FileType;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An uploaded file of a deal as stored: its description and its content as BSON binary in the same
 * document. The upload limit (transaction.files.max-size, at most 15 MB) keeps it under MongoDB's 16 MB
 * document limit.
 */
@Document("deal_files")
record DealFileDocument(
        @Id String id,
        @Indexed String dealId,
        String officeId,
        FileKind kind,
        FileType type,
        long size,
        String fileName,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        byte[] content) {

    static DealFileDocument of(DealFile file, byte[] content) {
        return new DealFileDocument(file.id(), file.dealId(), file.officeId(), file.kind(), file.type(), file.size(),
                file.fileName(), file.sha256(), file.uploadedBy(), file.uploadedAt(), content);
    }

    DealFile toDomain() {
        return new DealFile(id, dealId, officeId, kind, type, size, fileName, sha256, uploadedBy, uploadedAt);
    }
}
