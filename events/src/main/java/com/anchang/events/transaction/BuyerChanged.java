package com.anchang.events.transaction;

import java.time.Instant;
import java.util.List;

/**
 * A change order changed who buys (更名), approved by the PM: a co-buyer added or removed beside the
 * buyer. {@code claimCheck} is what LEAD-9's renaming-to-dodge-a-claim check looked at and
 * {@code claimCheckNote} the PM's finding, for anyone who later adjudicates the credit. {@code undo}: the
 * PM undid an earlier change ({@code changeOrderId}), and {@code coBuyers} are as before it. Keyed by the
 * deal id.
 */
public record BuyerChanged(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String consultantId,
        String leadId,
        String buyerName,
        List<String> coBuyers,
        String coBuyerAdded,
        String coBuyerRemoved,
        String claimCheck,
        String claimCheckNote,
        String changeOrderId,
        String reason,
        String decidedBy,
        Instant changedAt,
        boolean undo) {

    public static final String TYPE = "transaction.buyer-changed";
    public static final int VERSION = 1;
}
