package com.anchang.events.transaction;

import java.time.Instant;
import java.util.List;

/** The buyer's mortgage appointment moved (from previousAt): the reminders move with it (NOTE-4). Keyed by the deal id. */
public record MortgageAppointmentRescheduled(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String buyerName,
        String buyerMobile,
        String buyerChannel,
        Instant previousAt,
        String bank,
        String place,
        Instant at,
        List<String> documents,
        String rescheduledBy,
        Instant rescheduledAt) {

    public static final String TYPE = "transaction.mortgage-appointment-rescheduled";
    public static final int VERSION = 1;
}
