package com.anchang.transaction.domain;

import java.util.List;

/** Port: the audit of who read which of a deal's files, when (DEAL-4). */
public interface FileAuditLog {

    /** Records one access; a read is answered only once its entry is written. */
    void record(FileAccess access);

    /** The deal's entries, oldest first. */
    List<FileAccess> entries(String dealId);
}
