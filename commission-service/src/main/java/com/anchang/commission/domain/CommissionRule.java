package com.anchang.commission.domain;

import com.anchang.support.problem.RuleId;

/** The rules commission-service enforces by refusing (RULES.md COMM), named in refusals by their rulebook id. */
public enum CommissionRule implements RuleId {
    /** A claim is accepted within the office's window after the deal closed; a later one is forfeited. */
    COMM_3,
    /** Cancelled deals reverse their credit; PM adjudications are recorded with a reason. */
    COMM_6;

    @Override
    public String toString() {
        return id();
    }
}
