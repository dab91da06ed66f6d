package com.anchang.transaction.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a deal's timeline: what happened, when, who did it, in words, and what it refers to (a
 * receipt number, a payment id). Every step of the pipeline writes one; the timeline is only appended to.
 */
public record TimelineEntry(Instant at, Step step, String by, String detail, String reference) {

    public enum Step {
        DEAL_OPENED,
        PAYMENT_ENTERED,
        PAYMENT_DISCARDED,
        RECEIPT_ISSUED,
        RECEIPT_RECLAIMED,
        RECEIPT_VOIDED,
        CHEQUE_CLEARED,
        CHEQUE_BOUNCED,
        TEMPORARY_DEPOSIT_RECEIVED,
        UNIT_HELD,
        DISCOUNT_APPROVED,
        FORMAL_DEPOSIT_RECEIVED,
        DOWN_PAYMENT_DUE_DATE_SET,
        DOWN_PAYMENT_RESCHEDULED,
        SUBSCRIPTION_DRAFTED,
        SUBSCRIPTION_APPROVED,
        SUBSCRIPTION_SIGNED,
        SUBSCRIPTION_RECLAIMED,
        DOWN_PAYMENT_RECEIVED,
        ELIGIBILITY_CHECKED,
        CONTRACT_SIGNED,
        MORTGAGE_APPOINTMENT_SET,
        MORTGAGE_APPOINTMENT_RESCHEDULED,
        MORTGAGE_PROGRESS,
        MORTGAGE_COMPLETED,
        HANDED_OVER,
        DEAL_CANCELLED,
        REFUND_RECORDED,
        ESCALATION_RAISED,
        ESCALATION_RESOLVED,
        CHANGE_REQUESTED,
        CHANGE_APPROVED,
        CHANGE_REJECTED,
        CHANGE_UNDONE,
        INSTALMENT_RECEIVED
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
    }
}
