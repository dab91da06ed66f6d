package com.anchang.inventory.domain;

import java.util.List;
import java.util.Optional;

/** Port: the versions of buildings' price lists. */
public interface PriceListVersions {

    Optional<PriceListVersion> find(String buildingId, int number);

    /** The number of the building's latest version, 0 when it has none (versions are numbered without gaps). */
    int latest(String buildingId);

    /** Versions 1, 2, … of the building, oldest first (they are numbered without gaps). */
    List<PriceListVersion> of(String buildingId);

    /**
     * Writes a version in state APPLYING, before any unit is repriced.
     *
     * @throws com.anchang.support.problem.ConcurrentChangeException if that number was taken meanwhile
     */
    void begin(PriceListVersion version);

    /**
     * APPLYING → APPLIED with its final changes, and its event, in one conditional write.
     *
     * @return false when it was no longer APPLYING (someone else completed it)
     */
    boolean markApplied(PriceListVersion applied);

    /** Every version left APPLYING (a crash in between), for the roll-forward sweep. */
    List<PriceListVersion> applying();
}
