package com.anchang.events.transaction;

import java.time.Instant;

/**
 * The sales contract of a deal was signed (the deal's unit goes RESERVED → CONTRACTED, UNIT-1).
 * Defined consumer-first by inventory-service; transaction-service is to produce it. Keyed by the deal id.
 */
public record ContractSigned(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        Instant signedAt) {

    public static final String TYPE = "transaction.contract-signed";
    public static final int VERSION = 1;
}
