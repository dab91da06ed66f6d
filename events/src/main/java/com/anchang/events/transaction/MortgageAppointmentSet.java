package com.anchang.events.transaction;

import java.time.Instant;
import java.util.List;

/**
 * The buyer's mortgage appointment: bank, place, time and the documents to bring; the buyer is
 * reminded before it (NOTE-2). Keyed by the deal id.
 */
public record MortgageAppointmentSet(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String buyerName,
        String buyerMobile,
        String buyerChannel,
        String bank,
        String place,
        Instant at,
        List<String> documents,
        String setBy,
        Instant setAt) {

    public static final String TYPE = "transaction.mortgage-appointment-set";
    public static final int VERSION = 1;
}
