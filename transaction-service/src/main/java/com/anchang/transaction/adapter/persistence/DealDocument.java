package com.anchang.transaction.adapter.persistence;

import com.anchang.support.outbox.OutboxEntry;
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
import com.anchang.transaction.domain.Mortgage;
import com.anchang.transaction.domain.Payer;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.PaymentDetails;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.SalesContract;
import com.anchang.transaction.domain.Subscription;
import com.anchang.transaction.domain.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal as stored: its state, the events it caused that are not yet published (the outbox), the ids
 * of incoming events already applied to it and the request ids of the commands applied (a client's
 * retry). The unique {_id, version} index lets the embedded store serve the compare-and-set write by
 * index. Calendar dates are stored as ISO date strings (a calendar date has no time zone; a BSON date
 * would get one), which is why payments and the mortgage have document shapes of their own; the other
 * parts are stored as the domain's records. {@code openEscalations} counts the deal's open entries on the
 * PM's escalation list (DEAL-7); {@code indexKeys} names the index documents that list the deal as of this state
 * ({@link DealKeys}, {@link MongoDealKeys}), so its next write knows which to leave.
 */
@Document(MongoDealRepository.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record DealDocument(
        @Id String id,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String consultantId,
        String leadId,
        String buyerName,
        String buyerMobile,
        Buyer.Channel buyerChannel,
        DealStatus status,
        Instant openedAt,
        BigDecimal listPrice,
        BigDecimal price,
        Instant unitHeldAt,
        Instant holdExpiresAt,
        List<PaymentDocument> payments,
        List<Receipt> receipts,
        String downPaymentDueDate,
        Subscription subscription,
        List<EligibilityCheck> eligibilityChecks,
        SalesContract contract,
        MortgageDocument mortgage,
        Handover handover,
        Cancellation cancellation,
        List<Escalation> escalations,
        int openEscalations,
        List<TimelineEntry> timeline,
        List<String> requests,
        List<String> coBuyers,
        List<ChangeOrder> changeOrders,
        List<InstalmentDocument> instalments,
        List<OutboxEntry> outbox,
        List<String> appliedEventIds,
        List<String> indexKeys,
        long version) {

    /** A payment as stored; its due date (formal deposit only) as an ISO date. */
    public record PaymentDocument(String id, PaymentPurpose purpose, BigDecimal amount, PaymentMethod method,
            PaymentDetails details, Payer payer, String enteredBy, Instant enteredAt, String downPaymentDueDate,
            Payment.Status status, String decidedBy, Instant decidedAt, String receiptNumber,
            Payment.ChequeState cheque, String chequeSettledBy, Instant chequeSettledAt, String chequeNote) {

        static PaymentDocument of(Payment p) {
            return new PaymentDocument(p.id(), p.purpose(), p.amount(), p.method(), p.details(), p.payer(), p.enteredBy(),
                    p.enteredAt(), day(p.downPaymentDueDate()), p.status(), p.decidedBy(), p.decidedAt(),
                    p.receiptNumber(), p.cheque(), p.chequeSettledBy(), p.chequeSettledAt(), p.chequeNote());
        }

        Payment toDomain() {
            return new Payment(id, purpose, amount, method, details, payer, enteredBy, enteredAt, day(downPaymentDueDate),
                    status, decidedBy, decidedAt, receiptNumber, cheque, chequeSettledBy, chequeSettledAt, chequeNote);
        }
    }

    /** An instalment of a cash buyer's balance as stored; its due date as an ISO date. */
    public record InstalmentDocument(String dueDate, BigDecimal amount) {

        static List<InstalmentDocument> of(List<Instalment> plan) {
            return plan.stream().map(i -> new InstalmentDocument(day(i.dueDate()), i.amount())).toList();
        }

        static List<Instalment> toDomain(List<InstalmentDocument> stored) {
            return stored == null ? List.of() : stored.stream().map(i -> new Instalment(day(i.dueDate()), i.amount()))
                    .toList();
        }
    }

    /** The mortgage as stored; each milestone's day as an ISO date. */
    public record MortgageDocument(Mortgage.Appointment appointment, int rescheduled, List<MilestoneDocument> milestones,
            Instant completedAt) {

        public record MilestoneDocument(Financing.LoanType loan, Mortgage.Step step, String on, String recordedBy,
                Instant recordedAt) {
        }

        static MortgageDocument of(Mortgage m) {
            return m == null ? null : new MortgageDocument(m.appointment(), m.rescheduled(), m.milestones().stream()
                    .map(s -> new MilestoneDocument(s.loan(), s.step(), day(s.on()), s.recordedBy(), s.recordedAt()))
                    .toList(), m.completedAt());
        }

        Mortgage toDomain() {
            return new Mortgage(appointment, rescheduled, milestones == null ? List.of() : milestones.stream()
                    .map(s -> new Mortgage.Milestone(s.loan(), s.step(), day(s.on()), s.recordedBy(), s.recordedAt()))
                    .toList(), completedAt);
        }
    }

    static DealDocument of(Deal deal, List<OutboxEntry> outbox, List<String> indexKeys) {
        return new DealDocument(deal.id(), deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(),
                deal.consultantId(), deal.leadId(), deal.buyer().name(), deal.buyer().mobile(), deal.buyer().channel(),
                deal.status(), deal.openedAt(), deal.listPrice(), deal.price(), deal.unitHeldAt(), deal.holdExpiresAt(),
                deal.payments().stream().map(PaymentDocument::of).toList(), deal.receipts(),
                day(deal.downPaymentDueDate()), deal.subscription(), deal.eligibilityChecks(), deal.contract(),
                MortgageDocument.of(deal.mortgage()), deal.handover(), deal.cancellation(), deal.escalations(),
                deal.openEscalations().size(), deal.timeline(), deal.requests(), deal.coBuyers(), deal.changeOrders(),
                InstalmentDocument.of(deal.instalments()), outbox,
                List.of(), indexKeys,
                deal.version());
    }

    Deal toDomain() {
        return Deal.restore(new Deal.Stored(id, developerId, officeId, unitId, unitCode, consultantId, leadId,
                new Buyer(buyerName, buyerMobile, buyerChannel), openedAt, status, listPrice, price, unitHeldAt,
                holdExpiresAt, payments == null ? List.of() : payments.stream().map(PaymentDocument::toDomain).toList(),
                receipts, day(downPaymentDueDate), subscription, eligibilityChecks, contract,
                mortgage == null ? null : mortgage.toDomain(), handover, cancellation, escalations, timeline, requests,
                coBuyers, changeOrders, InstalmentDocument.toDomain(instalments), version));
    }

    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static LocalDate day(String day) {
        return day == null ? null : LocalDate.parse(day);
    }
}
