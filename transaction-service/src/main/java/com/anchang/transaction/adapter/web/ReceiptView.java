package com.anchang.transaction.adapter.web;

import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A receipt as printed (DEAL-2) and where it stands: number, unit, buyer, what it pays for, the amount in
 * figures and in capital numerals (大写), how it was paid (a cheque's number and condition, foreign notes'
 * serials and rate), the third-party payer's statement (DEAL-6; identity-document number masked, LEAD-10),
 * who received and who confirmed it (DEAL-1); ISSUED, RECLAIMED or VOIDED with who, when and why, and
 * whether it is valid now (a cheque's only once it cleared).
 */
public record ReceiptView(String number, String dealId, String paymentId, String officeId, PaymentPurpose purpose,
        String purposePrinted, String unitId, String unitCode, String buyerName, BigDecimal amount, String amountInWords,
        BigDecimal received, BigDecimal credited, String replaces, PaymentMethod method, String methodPrinted,
        String reference, String chequeNumber, String chequeBank, String condition, String currency,
        BigDecimal foreignAmount, BigDecimal exchangeRate, List<String> noteSerials, DealView.PayerView payer,
        String payerStatement, String receivedBy, String confirmedBy, Instant issuedAt, Receipt.Status status,
        boolean valid, String closedBy, Instant closedAt, String closedBecause) {

    static ReceiptView of(Receipt r, boolean valid) {
        return new ReceiptView(r.number(), r.dealId(), r.paymentId(), r.officeId(), r.purpose(), r.purpose().printed(),
                r.unitId(), r.unitCode(), r.buyerName(), r.amount(), r.amountInWords(), r.received(), r.credited(),
                r.replaces(), r.method(), r.method().printed(), r.details().reference(), r.details().chequeNumber(),
                r.details().chequeBank(), r.condition(), r.details().currency(), r.details().foreignAmount(),
                r.details().exchangeRate(), r.details().noteSerials(), DealView.PayerView.of(r.payer()),
                r.payer() == null ? null : r.payerStatement().maskedText(), r.receivedBy(), r.confirmedBy(),
                r.issuedAt(), r.status(), valid, r.closedBy(), r.closedAt(), r.closedBecause());
    }
}
