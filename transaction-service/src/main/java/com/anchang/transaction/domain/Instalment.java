package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One instalment (分期款) of a cash buyer's balance: what is due by when, as the subscription sets it.
 * Receipts of instalments are allocated to them in the order they fall due.
 */
public record Instalment(LocalDate dueDate, BigDecimal amount) {

    public Instalment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
