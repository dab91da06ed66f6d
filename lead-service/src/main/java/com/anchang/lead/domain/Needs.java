package com.anchang.lead.domain;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * LEAD-1: what the customer is looking for, each part optional: budget (CNY, fen-exact), layout
 * (e.g. 3室2厅) and area (m²).
 */
public record Needs(BigDecimal budget, String layout, BigDecimal area) {

    public static final Needs NONE = new Needs(null, null, null);

    public Needs {
        if (budget != null) {
            if (budget.signum() < 0) {
                throw new InvalidInputException("budget", "must not be negative");
            }
            if (budget.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("budget", "has more than 2 decimals");
            }
            budget = budget.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (area != null && area.signum() <= 0) {
            throw new InvalidInputException("area", "must be positive");
        }
        if (layout != null && layout.isBlank()) {
            layout = null;
        }
    }
}
