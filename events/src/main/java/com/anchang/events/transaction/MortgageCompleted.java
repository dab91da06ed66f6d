package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/** Every loan of a deal was disbursed (financing: COMMERCIAL_LOAN, HOUSING_FUND_LOAN, COMBINED_LOAN). Keyed by the deal id. */
public record MortgageCompleted(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String financing,
        BigDecimal loanAmount,
        Instant completedAt) {

    public static final String TYPE = "transaction.mortgage-completed";
    public static final int VERSION = 1;
}
