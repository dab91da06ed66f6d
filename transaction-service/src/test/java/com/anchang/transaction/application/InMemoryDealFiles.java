package com.anchang.transaction.application;

import com.anchang.transaction.domain.DealFile;
import com.anchang.transaction.domain.DealFileStore;
import com.anchang.transaction.domain.FileAccess;
import com.anchang.transaction.domain.FileAuditLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A deal's files and their audit in memory, for tests of the use case and the web slice. */
public class InMemoryDealFiles implements DealFileStore, FileAuditLog {

    private final Map<String, DealFile> files = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, byte[]> contents = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<FileAccess> entries = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean insertIfAbsent(DealFile file, byte[] content) {
        if (files.putIfAbsent(file.id(), file) != null) {
            return false;
        }
        contents.put(file.id(), content.clone());
        return true;
    }

    @Override
    public Optional<DealFile> find(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    @Override
    public Optional<byte[]> content(String fileId) {
        return Optional.ofNullable(contents.get(fileId)).map(byte[]::clone);
    }

    @Override
    public List<DealFile> ofDeal(String dealId) {
        return files.values().stream().filter(file -> file.dealId().equals(dealId))
                .sorted(Comparator.comparing(DealFile::uploadedAt)).toList();
    }

    @Override
    public void record(FileAccess access) {
        entries.add(access);
    }

    @Override
    public List<FileAccess> entries(String dealId) {
        return entries.stream().filter(entry -> entry.dealId().equals(dealId)).toList();
    }

    /** Every file kept, of every deal. */
    public int count() {
        return files.size();
    }

    public void clear() {
        files.clear();
        contents.clear();
        entries.clear();
    }
}
