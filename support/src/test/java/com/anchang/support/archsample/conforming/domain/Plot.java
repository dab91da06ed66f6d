package com.anchang.support.archsample.conforming.domain;

import com.anchang.support.problem.InvalidInputException;
import java.time.Instant;

/** Plain Java: takes the time it is given. */
public record Plot(String id, Instant plantedAt) {

    public Plot {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "is required");
        }
    }

    public boolean plantedBefore(Instant now) {
        return plantedAt.isBefore(now);
    }
}
