package com.anchang.events.transaction;

import java.time.Instant;

/** A deal's purchase eligibility (购房资格) was checked, with its result and basis (DEAL-5). Keyed by the deal id. */
public record EligibilityChecked(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        boolean passed,
        String basis,
        String checkedBy,
        Instant checkedAt) {

    public static final String TYPE = "transaction.eligibility-checked";
    public static final int VERSION = 1;
}
