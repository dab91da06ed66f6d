package com.anchang.commission.application;

import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimelineRepository;

/**
 * Keeps commission-service's copy of each lead's ownership history (LEAD-2/3/5/8/9) from lead-service's
 * events, in whatever order they arrive. Idempotent per event id: a redelivered fact changes nothing.
 */
public class RememberingLeadOwnership {

    public record RememberFact(String leadId, String developerId, String officeId, OwnershipFact fact) {
    }

    private final OwnershipTimelineRepository timelines;

    public RememberingLeadOwnership(OwnershipTimelineRepository timelines) {
        this.timelines = timelines;
    }

    /** @return false when this fact had been recorded already */
    public boolean remember(RememberFact command) {
        return timelines.record(command.leadId(), command.developerId(), command.officeId(), command.fact());
    }
}
