package com.anchang.commission.adapter.web;

import com.anchang.commission.domain.Attribution;
import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A deal's credit: who it goes to and why (COMM-1), on what amount, and its status. */
public record CreditView(String dealId, String developerId, String officeId, String unitId, String leadId,
        String crediteeConsultantId, String closingConsultantId, String leadOwnerConsultantId, Attribution.Basis basis,
        BigDecimal amountBasis, CreditStatus status, Instant depositReceivedAt, Instant creditedAt) {

    static CreditView of(Credit c) {
        Attribution a = c.attribution();
        return new CreditView(c.dealId(), c.developerId(), c.officeId(), c.unitId(), c.leadId(),
                a.crediteeConsultantId(), a.closingConsultantId(), a.leadOwnerConsultantId(), a.basis(),
                c.amountBasis(), c.status(), c.depositReceivedAt(), c.creditedAt());
    }
}
