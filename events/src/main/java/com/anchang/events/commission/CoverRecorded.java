package com.anchang.events.commission;

import java.time.Instant;

/**
 * COMM-5: the office's PM recorded that a deal's closing reception covered for a colleague's customer
 * (ROT-8, {@code kind} COVERED_FOR_COLLEAGUE) or that two consultants delegated to each other
 * (MUTUAL_DELEGATION): the whole credit goes to {@code creditedConsultantId}, moved by ledger entries whose
 * cause is {@code decisionId}. Keyed by deal id. commission-service reads its own decisions back from here
 * to rebuild its ledger from the topics.
 */
public record CoverRecorded(
        String decisionId,
        String dealId,
        String developerId,
        String officeId,
        String creditedConsultantId,
        String kind,
        String decidedBy,
        String reason,
        Instant decidedAt) {

    public static final String TYPE = "commission.cover-recorded";
    public static final int VERSION = 1;
}
