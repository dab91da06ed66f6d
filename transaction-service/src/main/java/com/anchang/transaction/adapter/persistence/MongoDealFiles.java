package com.anchang.transaction.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.transaction.domain.DealFile;
import com.anchang.transaction.domain.DealFileStore;
import com.anchang.transaction.domain.FileAccess;
import com.anchang.transaction.domain.FileAuditLog;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A deal's files and their audit in MongoDB: one document per file (content included), one per audit
 * entry. Listing a deal's files or audit filters by dealId — indexed on MongoDB; on the embedded store a
 * scan of these two collections, which only grow with uploads and reads, not with every deal.
 */
public class MongoDealFiles implements DealFileStore, FileAuditLog {

    private final MongoTemplate mongo;

    public MongoDealFiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insertIfAbsent(DealFile file, byte[] content) {
        try {
            mongo.insert(DealFileDocument.of(file, content));
            return true;
        } catch (DuplicateKeyException alreadyKept) {
            return false;
        }
    }

    @Override
    public Optional<DealFile> find(String fileId) {
        return Optional.ofNullable(mongo.findOne(withoutContent(query(where("_id").is(fileId))), DealFileDocument.class))
                .map(DealFileDocument::toDomain);
    }

    @Override
    public Optional<byte[]> content(String fileId) {
        org.bson.Document found = mongo.getCollection(mongo.getCollectionName(DealFileDocument.class))
                .find(Filters.eq("_id", fileId)).projection(Projections.include("content")).first();
        return Optional.ofNullable(found).map(document -> document.get("content", Binary.class).getData());
    }

    @Override
    public List<DealFile> ofDeal(String dealId) {
        Query ofDeal = withoutContent(query(where("dealId").is(dealId)).with(Sort.by("uploadedAt", "_id")));
        return mongo.find(ofDeal, DealFileDocument.class).stream().map(DealFileDocument::toDomain).toList();
    }

    @Override
    public void record(FileAccess access) {
        mongo.insert(new FileReadDocument(UUID.randomUUID().toString(), access.dealId(), access.officeId(),
                access.fileId(), access.kind(), access.action(), access.userId(), access.at()));
    }

    @Override
    public List<FileAccess> entries(String dealId) {
        return mongo.find(query(where("dealId").is(dealId)).with(Sort.by("at", "_id")), FileReadDocument.class)
                .stream().map(FileReadDocument::toDomain).toList();
    }

    private static Query withoutContent(Query query) {
        query.fields().exclude("content");
        return query;
    }
}
