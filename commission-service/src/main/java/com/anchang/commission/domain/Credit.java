package com.anchang.commission.domain;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The performance credit of one deal (业绩): who it is credited to (COMM-1), on what amount, and
 * its status. One per deal: the deal id is its identity.
 *
 * @param amountBasis the amount the credit counts (CNY, fen-exact); the deposit for now, the deal
 *     amount once transaction-service publishes it
 * @param depositReceivedAt when the deal's deposit was received
 * @param creditedAt when this service recorded the credit
 * @param sourceEventId the id of the event the credit was recorded from
 */
public record Credit(String dealId, String developerId, String officeId, String unitId, String leadId,
        Attribution attribution, BigDecimal amountBasis, CreditStatus status, Instant depositReceivedAt,
        Instant creditedAt, String sourceEventId) {

    public Credit {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(amountBasis, "amountBasis");
        Objects.requireNonNull(status, "status");
        if (amountBasis.signum() < 0 || amountBasis.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "must be a non-negative CNY amount to the fen, not " + amountBasis);
        }
        amountBasis = amountBasis.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A deal's deposit was received: its credit is recorded as PENDING for the creditee the policy names. */
    public static Credit onDeposit(String dealId, String developerId, String officeId, String unitId, String leadId,
            String closingConsultantId, LeadOwnership lead, BigDecimal deposit, Instant depositReceivedAt,
            Instant now, String eventId, CreditPolicy policy) {
        return new Credit(dealId, developerId, officeId, unitId, leadId, policy.creditee(closingConsultantId, lead),
                deposit, CreditStatus.PENDING, depositReceivedAt, now, eventId);
    }

    public String crediteeConsultantId() {
        return attribution.crediteeConsultantId();
    }

    /** Whether this consultant is one the deal is credited to (not merely its closer). */
    public boolean isCreditedTo(String consultantId) {
        return attribution.creditedConsultantIds().contains(consultantId);
    }
}
