package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The sales contract of a deal was signed (the deal's unit goes RESERVED → CONTRACTED, UNIT-1), after a
 * passed eligibility check (DEAL-5); the subscription is reclaimed (DEAL-3). Defined consumer-first by
 * inventory-service. Added in v1 without a new version, for commission (COMM-1, COMM-4) so it never calls
 * back: the contract's number, the closing consultant, the lead, the deal's price, and the buyer's
 * identity (name, mobile, identity-document number) for the buyer's cumulative amount. Keyed by the deal id.
 */
public record ContractSigned(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        Instant signedAt,
        String contractNumber,
        String consultantId,
        String leadId,
        BigDecimal dealPrice,
        String buyerName,
        String buyerMobile,
        String buyerIdNumber) {

    public static final String TYPE = "transaction.contract-signed";
    public static final int VERSION = 1;

    /** The v1 fields as first defined, for producers and tests that state only those. */
    public ContractSigned(String dealId, String developerId, String officeId, String unitId, Instant signedAt) {
        this(dealId, developerId, officeId, unitId, signedAt, null, null, null, null, null, null, null);
    }
}
