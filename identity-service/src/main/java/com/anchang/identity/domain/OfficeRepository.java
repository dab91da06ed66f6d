package com.anchang.identity.domain;

import java.time.Instant;
import java.util.Optional;

public interface OfficeRepository {

    Optional<Office> find(String officeId);

    /** Stores a newly opened office; other services are told it was opened at {@code openedAt} (same write). */
    void insert(Office office, Instant openedAt);
}
