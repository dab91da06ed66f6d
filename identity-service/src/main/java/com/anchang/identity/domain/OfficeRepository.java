package com.anchang.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OfficeRepository {

    Optional<Office> find(String officeId);

    /** Stores a newly opened office; other services are told it was opened at {@code openedAt} (same write). */
    void insert(Office office, Instant openedAt);

    /** Offices whose opening was never told to other services (stored before the directory told openings). */
    List<Office> neverTold();

    /** Tells other services the office was opened, unless it was told meanwhile; whether this call told it. */
    boolean tellOpened(Office office, Instant at);
}
