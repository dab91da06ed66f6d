package com.anchang.commission.application;

import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimelineRepository;

/**
 * Keeps commission-service's copy of each lead's ownership history (LEAD-2/3/5/8/9) from lead-service's
 * events, in whatever order they arrive, and has the lead's deals decided again. Idempotent per event
 * id: a redelivered fact adds nothing (and deciding again with it changes nothing).
 */
public class RememberingLeadOwnership {

    public record RememberFact(String leadId, String developerId, String officeId, OwnershipFact fact) {
    }

    private final OwnershipTimelineRepository timelines;
    private final CreditingDeal crediting;

    public RememberingLeadOwnership(OwnershipTimelineRepository timelines, CreditingDeal crediting) {
        this.timelines = timelines;
        this.crediting = crediting;
    }

    /** @return false when this fact had been recorded already */
    public boolean remember(RememberFact command) {
        OwnershipTimelineRepository.Recorded recorded = timelines.recordFact(command.leadId(), command.developerId(),
                command.officeId(), command.fact());
        // also on a redelivery: the deals may not have been decided again before the first delivery failed
        crediting.ownershipChanged(recorded.dealIds(), command.fact().eventId(), command.fact().at());
        return recorded.added();
    }
}
