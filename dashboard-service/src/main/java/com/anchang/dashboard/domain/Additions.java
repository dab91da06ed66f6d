package com.anchang.dashboard.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an event added to an office's figures that a later event may take back (a unit's reservation by its area,
 * a reminder planned), remembered per key: a take-back takes off what was added, not what the later event states,
 * so figures never go below what was added (a unit reserved before its area was published, a reminder whose
 * channel changed before it was withdrawn). Remembering the same addition again changes nothing more.
 */
public interface Additions {

    /**
     * @param at when it was added (its office day is the one it went to)
     * @param channel what a breakdown counted it under (a reminder's channel), or null
     */
    record Added(String developerId, String officeId, Instant at, String channel, Figures figures) {

        public Added {
            Objects.requireNonNull(developerId, "developerId");
            Objects.requireNonNull(officeId, "officeId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(figures, "figures");
        }
    }

    void remember(String key, Added added);

    Optional<Added> of(String key);

    void forget(String key);
}
