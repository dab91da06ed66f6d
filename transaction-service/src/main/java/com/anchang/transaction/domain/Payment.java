package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money of the buyer as finance or the PM entered it, and what became of it (DEAL-1): it is only
 * received — its receipt issued — when a second staff member of the office confirms it with their own
 * sign-in. A cheque's receipt is valid once the cheque clears; a bounced cheque voids it.
 *
 * @param downPaymentDueDate for the formal deposit: the down payment's due date set with it, else null
 * @param decidedBy who confirmed it (the second person) or discarded it
 * @param cheque for a cheque once confirmed: whether it cleared; null otherwise
 */
public record Payment(String id, PaymentPurpose purpose, BigDecimal amount, PaymentMethod method, PaymentDetails details,
        Payer payer, String enteredBy, Instant enteredAt, LocalDate downPaymentDueDate, Status status, String decidedBy,
        Instant decidedAt, String receiptNumber, ChequeState cheque, String chequeSettledBy, Instant chequeSettledAt,
        String chequeNote) {

    /** The largest amount one payment takes, CNY: anything above is a slipped digit, not a house. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000.00");

    public enum Status {
        /** Entered by finance or the PM, waiting for the second person. */
        ENTERED,
        /** Confirmed by a second staff member: received, receipt issued. */
        CONFIRMED,
        /** Never confirmed: dropped when the deal was cancelled. */
        DISCARDED
    }

    public enum ChequeState {
        PENDING,
        CLEARED,
        BOUNCED
    }

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(status, "status");
        details = details == null ? PaymentDetails.none() : details;
        amount = checkedAmount(amount);
    }

    /** A payment as entered: checked for amount (400 naming the field) and the method's details. */
    static Payment entered(String id, PaymentPurpose purpose, BigDecimal amount, PaymentMethod method,
            PaymentDetails details, Payer payer, String enteredBy, Instant enteredAt, LocalDate downPaymentDueDate) {
        Objects.requireNonNull(method, "method");
        PaymentDetails checked = details == null ? PaymentDetails.none() : details;
        checked.check(method, checkedAmount(amount));
        return new Payment(id, purpose, amount, method, checked, payer, enteredBy, enteredAt, downPaymentDueDate,
                Status.ENTERED, null, null, null, null, null, null, null);
    }

    /** More than 0, at most {@link #MAX_AMOUNT}, fen-exact; scale 2. */
    static BigDecimal checkedAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException("amount", "must be at most " + MAX_AMOUNT.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "has more than 2 decimals (fen)");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public boolean waiting() {
        return status == Status.ENTERED;
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    /** Confirmed and not bounced: money the office holds (a cheque still clearing counts). */
    public boolean holdsMoney() {
        return confirmed() && cheque != ChequeState.BOUNCED;
    }

    /** Confirmed and certain: not a cheque, or a cheque that cleared. */
    public boolean certain() {
        return confirmed() && (cheque == null || cheque == ChequeState.CLEARED);
    }

    Payment confirmedBy(String confirmer, Instant at, String receipt) {
        return new Payment(id, purpose, amount, method, details, payer, enteredBy, enteredAt, downPaymentDueDate,
                Status.CONFIRMED, confirmer, at, receipt, method == PaymentMethod.CHEQUE ? ChequeState.PENDING : null,
                null, null, null);
    }

    Payment discardedBy(String by, Instant at) {
        return new Payment(id, purpose, amount, method, details, payer, enteredBy, enteredAt, downPaymentDueDate,
                Status.DISCARDED, by, at, null, null, null, null, null);
    }

    Payment chequeSettled(ChequeState outcome, String by, Instant at, String note) {
        return new Payment(id, purpose, amount, method, details, payer, enteredBy, enteredAt, downPaymentDueDate,
                status, decidedBy, decidedAt, receiptNumber, outcome, by, at, note);
    }
}
