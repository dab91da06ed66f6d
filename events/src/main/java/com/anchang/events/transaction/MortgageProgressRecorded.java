package com.anchang.events.transaction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One loan of a deal's mortgage moved a step at the bank: {@code step} is DOCUMENTS_RECEIVED, APPROVED or
 * FUNDS_DISBURSED, in that order, on the day {@code on}; {@code loan} is COMMERCIAL or HOUSING_FUND, of the
 * deal's {@code financing}. When the last loan is disbursed, {@code transaction.mortgage-completed} follows.
 * Keyed by the deal id.
 */
public record MortgageProgressRecorded(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String financing,
        String loan,
        String step,
        LocalDate on,
        String recordedBy,
        Instant recordedAt) {

    public static final String TYPE = "transaction.mortgage-progress-recorded";
    public static final int VERSION = 1;
}
