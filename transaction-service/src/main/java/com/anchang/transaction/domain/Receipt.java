package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A receipt as issued (DEAL-2): numbered per office and year without gaps, and everything a printed
 * receipt states — unit, buyer, what was paid for, the amount in figures and in capital numerals, how
 * it was paid (a cheque's number and "valid once the cheque clears", foreign notes' serial numbers and
 * rate), who received it and who confirmed it (DEAL-1), a third-party payer's statement (DEAL-6). Its
 * content never changes; it is only reclaimed (by the next step's receipt, DEAL-3) or voided, each
 * with who, when and why.
 *
 * <p>A receipt that takes over an earlier one states the whole sum the buyer has paid towards it:
 * {@code amount} = {@code credited} (the amount of the receipt it reclaims, {@code replaces}) +
 * {@code received} (this payment), so the receipts a buyer holds always add up to the money paid.
 */
public record Receipt(String number, String dealId, String paymentId, String developerId, String officeId,
        PaymentPurpose purpose, String unitId, String unitCode, String buyerName, BigDecimal amount, BigDecimal received,
        BigDecimal credited, String replaces, PaymentMethod method, PaymentDetails details, Payer payer,
        String receivedBy, String confirmedBy, Instant issuedAt, Status status, String closedBy, Instant closedAt,
        String closedBecause) {

    /** The words a cheque's receipt prints (支票到帐后收据有效). */
    public static final String CHEQUE_CONDITION = "支票到账后本收据有效";

    public enum Status {
        ISSUED,
        /** Taken back by the next step's receipt (DEAL-3), or when the deal's money was refunded. */
        RECLAIMED,
        VOIDED
    }

    /** @param number null while the receipt is a draft the register has not numbered yet */
    public Receipt {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }

    /** The draft under the number the register gave it; a numbered receipt is never renumbered. */
    public Receipt numbered(String assigned) {
        if (number != null) {
            throw new IllegalStateException("receipt " + number + " is numbered already");
        }
        return new Receipt(Objects.requireNonNull(assigned, "number"), dealId, paymentId, developerId, officeId, purpose,
                unitId, unitCode, buyerName, amount, received, credited, replaces, method, details, payer, receivedBy,
                confirmedBy, issuedAt, status, closedBy, closedAt, closedBecause);
    }

    /** The amount in capital numerals, e.g. 伍万元整 (exact from the fen). */
    public String amountInWords() {
        return ChineseAmount.inWords(amount);
    }

    /** Printed on a cheque's receipt: valid once the cheque clears; null for other methods. */
    public String condition() {
        return method == PaymentMethod.CHEQUE ? CHEQUE_CONDITION : null;
    }

    /** The third-party payer's written statement for this receipt's payment (DEAL-6), or null when the buyer paid. */
    public ThirdPartyPayerStatement payerStatement() {
        return payer == null ? null : payer.statement(buyerName, received);
    }

    public boolean open() {
        return status == Status.ISSUED;
    }

    Receipt reclaimed(String by, Instant at, String because) {
        return close(Status.RECLAIMED, by, at, because);
    }

    Receipt voided(String by, Instant at, String because) {
        return close(Status.VOIDED, by, at, because);
    }

    private Receipt close(Status to, String by, Instant at, String because) {
        return new Receipt(number, dealId, paymentId, developerId, officeId, purpose, unitId, unitCode, buyerName, amount,
                received, credited, replaces, method, details, payer, receivedBy, confirmedBy, issuedAt, to, by, at,
                because);
    }
}
