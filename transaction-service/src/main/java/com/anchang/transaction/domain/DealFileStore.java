package com.anchang.transaction.domain;

import java.util.List;
import java.util.Optional;

/** Port: where a deal's uploaded files and their content are kept (DEAL-4). */
public interface DealFileStore {

    /** Keeps the file unless one with its id is already kept; true when this call stored it. */
    boolean insertIfAbsent(DealFile file, byte[] content);

    Optional<DealFile> find(String fileId);

    /** The content of a kept file. */
    Optional<byte[]> content(String fileId);

    /** The deal's files, without their content, oldest first. */
    List<DealFile> ofDeal(String dealId);
}
