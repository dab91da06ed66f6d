package com.anchang.commission.domain;

import java.util.Optional;

/** Port: the consumer-owned ownership history of each lead. */
public interface OwnershipTimelineRepository {

    Optional<OwnershipTimeline> find(String leadId);

    /**
     * Adds a fact to the lead's timeline (creating it), its event id recorded in the same write.
     *
     * @return false when the fact's event had been recorded already (a redelivery): nothing was changed
     */
    boolean record(String leadId, String developerId, String officeId, OwnershipFact fact);
}
