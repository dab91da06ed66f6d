package com.anchang.transaction.domain;

import java.util.Optional;

/**
 * Port: the register of every receipt ever issued, by number (DEAL-2). A receipt exists once it is in
 * the register; the register numbers each series without gaps and never issues two receipts for one
 * payment. Its entries are the receipts as issued and are never changed: a receipt's reclaim or void
 * is recorded on its deal.
 */
public interface ReceiptRegister {

    /** The receipt issued for this payment, if one was. */
    Optional<Receipt> forPayment(String paymentId);

    Optional<Receipt> byNumber(String number);

    /**
     * Issues the draft under the next number of its series. A payment that already has a receipt (an
     * earlier attempt got that far) gets that receipt back, unchanged: a retry never takes a second
     * number.
     *
     * @param draft a receipt without a number yet
     */
    Receipt issue(ReceiptSeries series, Receipt draft);
}
