package com.anchang.notification.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One instalment of a cash buyer's balance (分期付款) as the deal told it: its number (from 1, in due order),
 * due date, amount and what is still owed of it (0.00 once paid in full: nothing to remind of).
 */
public record Instalment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal owed) {

    public Instalment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        owed = owed == null ? amount : owed;
    }

    public boolean stillOwed() {
        return owed.signum() > 0;
    }
}
