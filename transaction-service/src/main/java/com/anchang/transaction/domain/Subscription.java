package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The subscription agreement (认购书) of a deal: the price the approved discount left (UNIT-4), the
 * formal deposit paid, the down payment due and how the rest is financed, the buyer's identity
 * document; reviewed and approved by the PM before the buyer signs (DEAL-4), signed by the buyer in
 * person or by an agent with a notarised power of attorney, reclaimed by the sales contract (DEAL-3).
 *
 * @param loanAmount what the loans finance: price − deposit − down payment (0 for a cash buyer)
 * @param buyerIdNumber the buyer's identity-document number (confidential, shown masked: LEAD-10)
 */
public record Subscription(BigDecimal price, BigDecimal deposit, BigDecimal downPaymentAmount, BigDecimal loanAmount,
        Financing financing, String buyerIdNumber, String draftedBy, Instant draftedAt, String approvedBy,
        Instant approvedAt, Signature signature, Status status, String closedBy, Instant closedAt, String closedBecause) {

    public enum Status {
        DRAFTED,
        APPROVED,
        SIGNED,
        /** Taken back when the sales contract was signed (DEAL-3). */
        RECLAIMED,
        /** Void: the deal was cancelled. */
        VOIDED
    }

    public enum Signer {
        /** The buyer in person. */
        BUYER,
        /** An agent with a power of attorney, notarised (DEAL-4). */
        AGENT
    }

    /**
     * Who signed and how (DEAL-4): the buyer in person, or an agent — name, identity-document number and
     * the notary's certificate number of the power of attorney. The stored files (ID copy, power of
     * attorney) are named by their ids.
     */
    public record Signature(Signer signer, String agentName, String agentIdNumber, String notaryCertificateNumber,
            String idCopyFileId, String powerOfAttorneyFileId, String recordedBy, Instant signedAt) {

        public Signature {
            Objects.requireNonNull(signer, "signer");
            agentName = blankToNull(agentName);
            agentIdNumber = blankToNull(agentIdNumber);
            notaryCertificateNumber = blankToNull(notaryCertificateNumber);
            idCopyFileId = blankToNull(idCopyFileId);
            powerOfAttorneyFileId = blankToNull(powerOfAttorneyFileId);
            if (signer == Signer.AGENT) {
                required("agentName", agentName);
                required("agentIdNumber", agentIdNumber);
                required("notaryCertificateNumber", notaryCertificateNumber);
            } else {
                for (String[] field : new String[][] {{"agentName", agentName}, {"agentIdNumber", agentIdNumber},
                        {"notaryCertificateNumber", notaryCertificateNumber},
                        {"powerOfAttorneyFileId", powerOfAttorneyFileId}}) {
                    if (field[1] != null) {
                        throw new InvalidInputException(field[0], "is only for an agent signing for the buyer");
                    }
                }
            }
        }

        private static void required(String field, String value) {
            if (value == null) {
                throw new InvalidInputException(field, "is required when an agent signs for the buyer: a power of "
                        + "attorney, notarised (DEAL-4)");
            }
        }
    }

    public Subscription {
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(status, "status");
    }

    Subscription approved(String by, Instant at) {
        return new Subscription(price, deposit, downPaymentAmount, loanAmount, financing, buyerIdNumber, draftedBy,
                draftedAt, by, at, null, Status.APPROVED, null, null, null);
    }

    Subscription signed(Signature how) {
        return new Subscription(price, deposit, downPaymentAmount, loanAmount, financing, buyerIdNumber, draftedBy,
                draftedAt, approvedBy, approvedAt, how, Status.SIGNED, null, null, null);
    }

    Subscription closed(Status to, String by, Instant at, String because) {
        return new Subscription(price, deposit, downPaymentAmount, loanAmount, financing, buyerIdNumber, draftedBy,
                draftedAt, approvedBy, approvedAt, signature, to, by, at, because);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
