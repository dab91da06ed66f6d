package com.anchang.commission.application;

import com.anchang.commission.domain.LeadOwnership;
import com.anchang.commission.domain.LeadOwnershipRepository;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeps commission-service's copy of who owns each lead (LEAD-2), from lead-service's registrations.
 * Idempotent: the copy is keyed by lead id, so a redelivered registration changes nothing.
 */
public class RememberingLeadOwnership {

    public record RememberLead(String leadId, String developerId, String officeId, String ownerConsultantId,
            Instant registeredAt, LocalDate protectedUntil, String eventId) {
    }

    private final LeadOwnershipRepository ownerships;

    public RememberingLeadOwnership(LeadOwnershipRepository ownerships) {
        this.ownerships = ownerships;
    }

    /** @return false when this lead was known already */
    public boolean remember(RememberLead command) {
        return ownerships.remember(new LeadOwnership(command.leadId(), command.developerId(), command.officeId(),
                command.ownerConsultantId(), command.registeredAt(), command.protectedUntil()), command.eventId());
    }
}
