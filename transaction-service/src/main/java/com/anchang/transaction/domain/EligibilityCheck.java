package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * A purchase-eligibility check (购房资格, DEAL-5): the result, on what it rests (local policy: homes
 * already owned, months of social security, household registration), who checked and when.
 */
public record EligibilityCheck(boolean passed, String basis, String checkedBy, Instant checkedAt) {

    public EligibilityCheck {
        if (basis == null || basis.isBlank()) {
            throw new InvalidInputException("basis", "is required: what the check rests on (DEAL-5)");
        }
        if (basis.strip().length() > 500) {
            throw new InvalidInputException("basis", "has more than 500 characters");
        }
        basis = basis.strip();
        Objects.requireNonNull(checkedBy, "checkedBy");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
