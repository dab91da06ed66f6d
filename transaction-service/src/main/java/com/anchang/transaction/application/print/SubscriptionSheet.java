package com.anchang.transaction.application.print;

import com.anchang.transaction.domain.ChineseAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a printed subscription agreement (认购书) states (DEAL-4): the office and the deal, the unit and its
 * area, the list price less the approved discount (UNIT-4) giving the deal price in figures and in
 * capital numerals, the formal deposit paid, the buyer with their identity-document number, the
 * down payment and its due date, the PM's approval, and who signs — the buyer in person or an agent
 * with a notarised power of attorney.
 *
 * @param subscriptionNumber the subscription's own number, as the office numbers them
 * @param areaSquareMetres   the unit's floor area (建筑面积), as sales control states it; null when not known here
 *                           (the contract states it)
 * @param discountNote       how the discount was approved (e.g. "项目经理审批 98 折")
 * @param approval           the PM's (or delegate's) approval; a subscription without one is a draft, not for signing
 */
public record SubscriptionSheet(String officeName, String subscriptionNumber, String dealId, String unitCode,
        BigDecimal areaSquareMetres, BigDecimal listPrice, BigDecimal discount, String discountNote,
        BigDecimal dealPrice, BigDecimal depositPaid, String buyerName, String buyerIdNumber, String buyerMobile,
        BigDecimal downPayment, LocalDate downPaymentDueDate, Optional<Approval> approval, Signatory signatory,
        ZoneId officeZone, Status status) {

    public enum Status {
        DRAFT("草稿　未经审批不得签署"),
        APPROVED(""),
        SIGNED(""),
        RECLAIMED("已收回"),
        VOIDED("作废");

        private final String watermark;

        Status(String watermark) {
            this.watermark = watermark;
        }

        public String watermark() {
            return watermark;
        }
    }

    /** The PM's (or delegate's) sign-off before the buyer signs (DEAL-4). */
    public record Approval(String approvedBy, Instant approvedAt) {
        public Approval {
            Objects.requireNonNull(approvedBy, "approvedBy");
            Objects.requireNonNull(approvedAt, "approvedAt");
        }
    }

    /** Who signs for the buyer. */
    public sealed interface Signatory {

        /** The buyer signs in person. */
        record InPerson() implements Signatory {
        }

        /** An agent with a notarised power of attorney: the agent's identity and the notary certificate. */
        record Agent(String agentName, String agentIdNumber, String notaryCertificateNumber) implements Signatory {
            public Agent {
                Objects.requireNonNull(agentName, "agentName");
                Objects.requireNonNull(agentIdNumber, "agentIdNumber");
                if (notaryCertificateNumber == null || notaryCertificateNumber.isBlank()) {
                    throw new IllegalArgumentException("an agent signs with a notarised power of attorney: "
                            + "the notary certificate number is missing");
                }
            }
        }
    }

    public SubscriptionSheet {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(subscriptionNumber, "subscriptionNumber");
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(buyerName, "buyerName");
        Objects.requireNonNull(buyerIdNumber, "buyerIdNumber");
        Objects.requireNonNull(buyerMobile, "buyerMobile");
        Objects.requireNonNull(downPaymentDueDate, "downPaymentDueDate");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(officeZone, "officeZone");
        Objects.requireNonNull(status, "status");
        discountNote = discountNote == null ? "" : discountNote;
        approval = approval == null ? Optional.empty() : approval;
        for (BigDecimal money : new BigDecimal[] {listPrice, discount, dealPrice, depositPaid, downPayment}) {
            ChineseAmount.inWords(money); // none missing, negative or below the fen
        }
        if (listPrice.subtract(discount).compareTo(dealPrice) != 0) {
            throw new IllegalArgumentException("the deal price " + dealPrice.toPlainString() + " is not the list price "
                    + listPrice.toPlainString() + " less the discount " + discount.toPlainString());
        }
        if (status != Status.DRAFT && approval.isEmpty()) {
            throw new IllegalArgumentException("a subscription is approved by the PM before the buyer signs (DEAL-4): "
                    + "only a DRAFT has no approval");
        }
    }

    public String dealPriceInWords() {
        return ChineseAmount.withCurrency(dealPrice);
    }
}
