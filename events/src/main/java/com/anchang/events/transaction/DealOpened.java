package com.anchang.events.transaction;

import java.time.Instant;

/** A consultant opened a deal for a buyer on a unit that sales control confirmed available. */
public record DealOpened(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String consultantId,
        String leadId,
        Instant openedAt) {

    public static final String TYPE = "transaction.deal-opened";
    public static final int VERSION = 1;
}
