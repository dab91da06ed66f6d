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

    /**
     * What {@link #recordFact} did: whether it added the fact, and the deals that named the lead right after it.
     */
    record Recorded(boolean added, List<String> dealIds) {
    }

    /**
     * {@link #record} and then {@link #dealsOf}: the deals attached to the lead before the fact was written are
     * among the answer (an implementation may answer both from the one read its write was based on).
     */
    default Recorded recordFact(String leadId, String developerId, String officeId, OwnershipFact fact) {
        boolean added = record(leadId, developerId, officeId, fact);
        return new Recorded(added, dealsOf(leadId));
    }

    /**
     * Remembers that a deal names this lead (creating an empty timeline when its facts have not come yet).
     *
     * @return the lead's timeline as it stands after it, null when there is none (the caller reads no more)
     */
    OwnershipTimeline attachDeal(String leadId, String dealId);

    /** The deals that name this lead, to decide again when one of its facts arrives. */
    List<String> dealsOf(String leadId);
}
