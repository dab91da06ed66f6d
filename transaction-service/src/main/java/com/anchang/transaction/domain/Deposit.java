package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * A formal deposit as received: the amount (CNY, fen-exact), how it was paid, and the two people
 * present (DEAL-1). A deposit that breaks DEAL-1 cannot be made.
 */
public record Deposit(BigDecimal amount, PaymentMethod method, String receivedBy, String witnessedBy, Instant receivedAt) {

    /** The largest deposit one receipt takes, CNY. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000.00");

    public Deposit {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException("amount", "must be at most " + MAX_AMOUNT.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "has more than 2 decimals (fen)");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (isBlank(receivedBy) || isBlank(witnessedBy)) {
            throw new RuleRefusedException(DealRule.DEAL_1, "a deposit is received with two people present: "
                    + (isBlank(receivedBy) ? "receivedBy" : "witnessedBy") + " is missing");
        }
        receivedBy = receivedBy.strip();
        witnessedBy = witnessedBy.strip();
        if (receivedBy.equals(witnessedBy)) {
            throw new RuleRefusedException(DealRule.DEAL_1, "a deposit is received with two people present: "
                    + receivedBy + " cannot also witness it");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
