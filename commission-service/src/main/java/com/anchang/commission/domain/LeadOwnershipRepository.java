package com.anchang.commission.domain;

import java.util.Optional;

/** Port: the consumer-owned copy of lead ownership, one entry per lead. */
public interface LeadOwnershipRepository {

    Optional<LeadOwnership> find(String leadId);

    /**
     * Remembers a lead's owner, recording the id of the event it came from in the same write.
     *
     * @return false when this lead was known already (a redelivered event): nothing was changed
     */
    boolean remember(LeadOwnership ownership, String eventId);
}
