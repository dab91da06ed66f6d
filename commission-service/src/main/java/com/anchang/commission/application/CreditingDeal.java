package com.anchang.commission.application;

import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditPolicy;
import com.anchang.commission.domain.CreditRepository;
import com.anchang.commission.domain.LeadOwnership;
import com.anchang.commission.domain.LeadOwnershipRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * COMM-1: when a deal's deposit is received, its credit is recorded for the owner of the deal's lead,
 * as far as this service's copy of lead ownership knows it. Driven by transaction-service's events,
 * so it is idempotent: the credit's identity is the deal id, and a second delivery is ignored.
 */
public class CreditingDeal {

    public record CreditDeal(String dealId, String developerId, String officeId, String unitId, String leadId,
            String closingConsultantId, BigDecimal deposit, Instant receivedAt, String eventId) {
    }

    private final CreditRepository credits;
    private final LeadOwnershipRepository ownerships;
    private final CreditPolicy policy;
    private final Clock clock;

    public CreditingDeal(CreditRepository credits, LeadOwnershipRepository ownerships, CreditPolicy policy, Clock clock) {
        this.credits = credits;
        this.ownerships = ownerships;
        this.policy = policy;
        this.clock = clock;
    }

    /** @return false when the deal had been credited already */
    public boolean credit(CreditDeal command) {
        LeadOwnership lead = command.leadId() == null ? null : ownerships.find(command.leadId()).orElse(null);
        Credit credit = Credit.onDeposit(command.dealId(), command.developerId(), command.officeId(), command.unitId(),
                command.leadId(), command.closingConsultantId(), lead, command.deposit(), command.receivedAt(),
                clock.instant(), command.eventId(), policy);
        return credits.insert(credit);
    }
}
