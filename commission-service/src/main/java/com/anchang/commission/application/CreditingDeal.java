package com.anchang.commission.application;

import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditPolicy;
import com.anchang.commission.domain.CreditRepository;
import com.anchang.commission.domain.LeadOwnership;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipTimeline;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * COMM-1: when a deal's deposit is received, its credit is recorded for the owner of the deal's lead,
 * as far as this service's copy of the lead's ownership history knows it at the deal's instant. Driven by transaction-service's events,
 * so it is idempotent: the credit's identity is the deal id, and a second delivery is ignored.
 */
public class CreditingDeal {

    public record CreditDeal(String dealId, String developerId, String officeId, String unitId, String leadId,
            String closingConsultantId, BigDecimal deposit, Instant receivedAt, String eventId) {
    }

    private final CreditRepository credits;
    private final OwnershipTimelineRepository timelines;
    private final OfficeCreditPolicy office;
    private final CreditPolicy policy;
    private final Clock clock;

    public CreditingDeal(CreditRepository credits, OwnershipTimelineRepository timelines, CreditPolicy policy,
            OfficeCreditPolicy office, Clock clock) {
        this.credits = credits;
        this.timelines = timelines;
        this.office = office;
        this.policy = policy;
        this.clock = clock;
    }

    /** @return false when the deal had been credited already */
    public boolean credit(CreditDeal command) {
        LeadOwnership lead = command.leadId() == null ? null : timelines.find(command.leadId())
                .map(timeline -> ownerAt(timeline, command.receivedAt())).orElse(null);
        Credit credit = Credit.onDeposit(command.dealId(), command.developerId(), command.officeId(), command.unitId(),
                command.leadId(), command.closingConsultantId(), lead, command.deposit(), command.receivedAt(),
                clock.instant(), command.eventId(), policy);
        return credits.insert(credit);
    }

    /** The lead's owner at the deal's instant, not now; null when nobody is known to own it then. */
    private LeadOwnership ownerAt(OwnershipTimeline timeline, Instant instant) {
        OwnershipTimeline.Owner owner = timeline.ownerAt(instant, office.zone());
        return owner.consultantId() == null ? null : new LeadOwnership(timeline.leadId(), timeline.developerId(),
                timeline.officeId(), owner.consultantId(), null, owner.protectedUntil());
    }
}
