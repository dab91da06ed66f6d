package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the append-only credit ledger: never edited, never removed; a correction or a
 * cancellation is a reversal entry of its own (COMM-6). Balances are sums of entries.
 *
 * @param entryId the cause's event id, the kind and the consultant: a redelivered cause adds nothing
 * @param amount CNY, positive for a credit, negative for a reversal
 * @param causeEventId the id of the event that caused it
 * @param note why, in one sentence
 */
public record LedgerEntry(String entryId, String dealId, Kind kind, String consultantId, BigDecimal amount,
        String causeEventId, Instant recordedAt, String note) {

    public enum Kind {
        CREDIT,
        REVERSAL
    }
}
