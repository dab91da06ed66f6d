package com.anchang.commission.domain;

import java.util.List;
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

    /** Remembers that a deal names this lead (creating an empty timeline when its facts have not come yet). */
    void attachDeal(String leadId, String dealId);

    /** The deals that name this lead, to decide again when one of its facts arrives. */
    List<String> dealsOf(String leadId);
}
