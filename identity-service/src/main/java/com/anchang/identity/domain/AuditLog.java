package com.anchang.identity.domain;

import java.time.LocalDate;
import java.util.List;

/** Port: the append-only audit log. */
public interface AuditLog {

    /**
     * Appends an entry to the log of each office in its scope, of its developer (which so holds every
     * entry of its offices) or, for an entry of no developer, of the platform.
     */
    void record(AuditEntry entry);

    /** The entries of one scope on one day (the directory's zone), oldest first. */
    List<AuditEntry> read(AuditScope scope, LocalDate day);
}
