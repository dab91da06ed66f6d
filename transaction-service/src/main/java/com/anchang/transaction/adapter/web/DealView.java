package com.anchang.transaction.adapter.web;

import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Deposit;
import com.anchang.transaction.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A deal as the sales office sees it; the buyer's mobile is masked (LEAD-10). */
public record DealView(String dealId, String developerId, String officeId, String unitId, String unitCode,
        String consultantId, String leadId, String buyerName, String buyerMobile, DealStatus status, Instant openedAt,
        Instant unitHeldAt, Instant holdExpiresAt, DepositView deposit, LocalDate downPaymentDueDate) {

    public record DepositView(BigDecimal amount, PaymentMethod method, String receivedBy, String witnessedBy,
            Instant receivedAt) {

        static DepositView of(Deposit d) {
            return d == null ? null : new DepositView(d.amount(), d.method(), d.receivedBy(), d.witnessedBy(), d.receivedAt());
        }
    }

    static DealView of(Deal deal) {
        return new DealView(deal.id(), deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(),
                deal.consultantId(), deal.leadId(), deal.buyer().name(), deal.buyer().maskedMobile(), deal.status(),
                deal.openedAt(), deal.unitHeldAt(), deal.holdExpiresAt(), DepositView.of(deal.deposit()),
                deal.downPaymentDueDate());
    }
}
