package com.anchang.events.commission;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A performance credit (业绩) entry written in a deal's ledger: {@code kind} CREDIT (positive amount, the deal
 * recognised or its credit moved to the consultant) or REVERSAL (negative amount: cancelled, moved away, COMM-6).
 * {@code entryId} is the ledger's own id of the entry, the same however often the entry is told. Keyed by deal id.
 */
public record CreditRecorded(
        String entryId,
        String dealId,
        String developerId,
        String officeId,
        String consultantId,
        String kind,
        BigDecimal amount,
        String note,
        Instant recordedAt) {

    public static final String TYPE = "commission.credit-recorded";
    public static final int VERSION = 1;
}
