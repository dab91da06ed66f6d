package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a deal that others must know; the messaging adapter turns these into contract
 * events. Each carries the deal (its identity, buyer and price) and what the step itself decided.
 */
public sealed interface DealEvent {

    Deal deal();

    record Opened(Deal deal) implements DealEvent {
    }

    record TemporaryDepositReceived(Deal deal, Receipt receipt) implements DealEvent {
    }

    /** The formal deposit. */
    record DepositReceived(Deal deal, Receipt receipt) implements DealEvent {
    }

    record DownPaymentDueDateSet(Deal deal, LocalDate dueDate, String setBy, Instant setAt) implements DealEvent {
    }

    record DownPaymentRescheduled(Deal deal, LocalDate previousDueDate, LocalDate dueDate, String reason,
            String rescheduledBy, Instant rescheduledAt) implements DealEvent {
    }

    record SubscriptionApproved(Deal deal, Subscription subscription) implements DealEvent {
    }

    record SubscriptionSigned(Deal deal, Subscription subscription) implements DealEvent {
    }

    record DownPaymentReceived(Deal deal, Receipt receipt) implements DealEvent {
    }

    record EligibilityChecked(Deal deal, EligibilityCheck check) implements DealEvent {
    }

    record ContractSigned(Deal deal, SalesContract contract) implements DealEvent {
    }

    record MortgageAppointmentSet(Deal deal, Mortgage.Appointment appointment) implements DealEvent {
    }

    record MortgageAppointmentRescheduled(Deal deal, Mortgage.Appointment previous, Mortgage.Appointment appointment)
            implements DealEvent {
    }

    /** A step of one loan at the bank (documents received, approved, disbursed), on its day. */
    record MortgageProgressRecorded(Deal deal, Mortgage.Milestone milestone) implements DealEvent {
    }

    record MortgageCompleted(Deal deal, Mortgage mortgage) implements DealEvent {
    }

    record HandedOver(Deal deal, Handover handover) implements DealEvent {
    }

    record ReceiptIssued(Deal deal, Receipt receipt) implements DealEvent {
    }

    /** The receipt, reclaimed (DEAL-3): closedBecause says by what. */
    record ReceiptReclaimed(Deal deal, Receipt receipt) implements DealEvent {
    }

    record ReceiptVoided(Deal deal, Receipt receipt) implements DealEvent {
    }

    record ChequeBounced(Deal deal, Payment payment, Receipt voided) implements DealEvent {
    }

    record Cancelled(Deal deal, Cancellation cancellation) implements DealEvent {
    }

    /** DEAL-7: an entry on the PM's escalation list. */
    record EscalationRaised(Deal deal, Escalation escalation) implements DealEvent {
    }

    /** DEAL-7: an entry resolved, by the PM with a note or by the step that removed its cause. */
    record EscalationResolved(Deal deal, Escalation escalation) implements DealEvent {
    }

    /** A change order swapped the deal's unit (换房), or its undo swapped it back; the money carried over. */
    record UnitSwapped(Deal deal, ChangeOrder order, String previousUnitId, String previousUnitCode,
            BigDecimal previousPrice, boolean undo, String by, Instant at) implements DealEvent {
    }

    /** A change order added or removed a co-buyer (更名), or its undo restored them. */
    record BuyerChanged(Deal deal, ChangeOrder order, List<String> previousCoBuyers, boolean undo, String by,
            Instant at) implements DealEvent {
    }

    /** A change order changed the deal's price after the subscription fixed it (UNIT-4), or its undo restored it. */
    record PriceChanged(Deal deal, ChangeOrder order, BigDecimal previousPrice, boolean undo, String by,
            Instant at) implements DealEvent {
    }
}
