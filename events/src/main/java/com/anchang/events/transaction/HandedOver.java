package com.anchang.events.transaction;

import java.time.Instant;

/** A deal's unit was handed over to the buyer (交房): the pipeline's end. Keyed by the deal id. */
public record HandedOver(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String consultantId,
        String handedOverBy,
        Instant handedOverAt) {

    public static final String TYPE = "transaction.handed-over";
    public static final int VERSION = 1;
}
