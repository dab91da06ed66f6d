package com.anchang.transaction.adapter.web;

import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Cancellation;
import com.anchang.transaction.domain.ChangeOrder;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.EligibilityCheck;
import com.anchang.transaction.domain.Escalation;
import com.anchang.transaction.domain.Financing;
import com.anchang.transaction.domain.Handover;
import com.anchang.transaction.domain.Instalment;
import com.anchang.transaction.domain.IdNumberMask;
import com.anchang.transaction.domain.Mortgage;
import com.anchang.transaction.domain.Payer;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.SalesContract;
import com.anchang.transaction.domain.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal as the sales office sees it: where it stands, its money (payments, receipts), its papers
 * (subscription, eligibility, contract), mortgage, handover or cancellation. The buyer's mobile and every
 * identity-document number are masked (LEAD-10). {@code deposit} is the formal deposit as received:
 * entered by {@code receivedBy}, confirmed by the second person {@code witnessedBy} (DEAL-1).
 * {@code escalations}: the deal's entries on the PM's escalation list, open and resolved (DEAL-7).
 * {@code coBuyers} and {@code changeOrders}: who buys beside the buyer, and every change order (DEAL-9).
 * {@code instalments}: a cash buyer's instalments (分期付款) as the subscription set them.
 */
public record DealView(String dealId, String developerId, String officeId, String unitId, String unitCode,
        String consultantId, String leadId, String buyerName, String buyerMobile, Buyer.Channel buyerChannel,
        DealStatus status, Instant openedAt, BigDecimal listPrice, BigDecimal price, Instant unitHeldAt,
        Instant holdExpiresAt, DepositView deposit, LocalDate downPaymentDueDate, BigDecimal paid,
        PaymentView waitingPayment, List<PaymentView> payments, List<ReceiptView> receipts,
        SubscriptionView subscription, List<EligibilityCheck> eligibilityChecks, SalesContract contract,
        Mortgage mortgage, Handover handover, Cancellation cancellation, List<Escalation> escalations,
        List<String> coBuyers, List<ChangeOrder> changeOrders, List<Instalment> instalments) {

    /** The formal deposit: who entered it and who confirmed it (DEAL-1). */
    public record DepositView(BigDecimal amount, PaymentMethod method, String receivedBy, String witnessedBy,
            Instant receivedAt, String receiptNumber) {

        static DepositView of(Deal deal) {
            return deal.payments().stream().filter(p -> p.purpose() == PaymentPurpose.FORMAL_DEPOSIT && p.holdsMoney())
                    .reduce((a, b) -> b).map(p -> new DepositView(deal.receipts().stream()
                            .filter(r -> r.number().equals(p.receiptNumber())).findFirst()
                            .map(com.anchang.transaction.domain.Receipt::amount).orElse(p.amount()), p.method(),
                            p.enteredBy(), p.decidedBy(), p.decidedAt(), p.receiptNumber()))
                    .orElse(null);
        }
    }

    /** A payment: waiting for its second person (ENTERED), CONFIRMED with its receipt, or DISCARDED. */
    public record PaymentView(String paymentId, PaymentPurpose purpose, BigDecimal amount, PaymentMethod method,
            String reference, String chequeNumber, String currency, BigDecimal foreignAmount, BigDecimal exchangeRate,
            List<String> noteSerials, PayerView payer, String enteredBy, Instant enteredAt, LocalDate downPaymentDueDate,
            Payment.Status status, String confirmedBy, Instant confirmedAt, String receiptNumber,
            Payment.ChequeState cheque, Instant chequeSettledAt, String chequeNote) {

        static PaymentView of(Payment p) {
            return new PaymentView(p.id(), p.purpose(), p.amount(), p.method(), p.details().reference(),
                    p.details().chequeNumber(), p.details().currency(), p.details().foreignAmount(),
                    p.details().exchangeRate(), p.details().noteSerials(), PayerView.of(p.payer()), p.enteredBy(),
                    p.enteredAt(), p.downPaymentDueDate(), p.status(),
                    p.status() == Payment.Status.CONFIRMED ? p.decidedBy() : null, p.decidedAt(), p.receiptNumber(),
                    p.cheque(), p.chequeSettledAt(), p.chequeNote());
        }
    }

    /** Someone paying for the buyer (DEAL-6), the identity-document number masked. */
    public record PayerView(String name, String idNumber, String relation) {

        static PayerView of(Payer payer) {
            return payer == null ? null : new PayerView(payer.name(), IdNumberMask.mask(payer.idNumber()),
                    payer.relation());
        }
    }

    /** The subscription, the buyer's and an agent's identity-document numbers masked. */
    public record SubscriptionView(BigDecimal price, BigDecimal deposit, BigDecimal downPaymentAmount,
            BigDecimal loanAmount, Financing financing, String buyerIdNumber, String draftedBy, Instant draftedAt,
            String approvedBy, Instant approvedAt, Subscription.Signer signer, String agentName, String agentIdNumber,
            String notaryCertificateNumber, String idCopyFileId, String powerOfAttorneyFileId, String signingRecordedBy,
            Instant signedAt, Subscription.Status status, String closedBy, Instant closedAt, String closedBecause) {

        static SubscriptionView of(Subscription s) {
            if (s == null) {
                return null;
            }
            Subscription.Signature signed = s.signature();
            return new SubscriptionView(s.price(), s.deposit(), s.downPaymentAmount(), s.loanAmount(), s.financing(),
                    IdNumberMask.mask(s.buyerIdNumber()), s.draftedBy(), s.draftedAt(), s.approvedBy(), s.approvedAt(),
                    signed == null ? null : signed.signer(), signed == null ? null : signed.agentName(),
                    signed == null || signed.agentIdNumber() == null ? null : IdNumberMask.mask(signed.agentIdNumber()),
                    signed == null ? null : signed.notaryCertificateNumber(), signed == null ? null : signed.idCopyFileId(),
                    signed == null ? null : signed.powerOfAttorneyFileId(), signed == null ? null : signed.recordedBy(),
                    signed == null ? null : signed.signedAt(), s.status(), s.closedBy(), s.closedAt(), s.closedBecause());
        }
    }

    static DealView of(Deal deal) {
        return new DealView(deal.id(), deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(),
                deal.consultantId(), deal.leadId(), deal.buyer().name(), deal.buyer().maskedMobile(),
                deal.buyer().channel(), deal.status(), deal.openedAt(), deal.listPrice(), deal.price(),
                deal.unitHeldAt(), deal.holdExpiresAt(), DepositView.of(deal), deal.downPaymentDueDate(), deal.held(),
                deal.waiting().map(PaymentView::of).orElse(null), deal.payments().stream().map(PaymentView::of).toList(),
                deal.receipts().stream().map(r -> ReceiptView.of(r, deal.valid(r))).toList(),
                SubscriptionView.of(deal.subscription()), deal.eligibilityChecks(), deal.contract(), deal.mortgage(),
                deal.handover(), deal.cancellation(), deal.escalations(), deal.coBuyers(), deal.changeOrders(),
                deal.instalments());
    }
}
