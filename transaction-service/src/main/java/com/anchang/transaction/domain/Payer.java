package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;

/**
 * Someone paying for the buyer (DEAL-6): who they are and what they are to the buyer, from which the
 * written statement on the receipt is generated ({@link ThirdPartyPayerStatement}).
 */
public record Payer(String name, String idNumber, String relation) {

    public Payer {
        name = required("payer.name", name, 50);
        idNumber = required("payer.idNumber", idNumber, 30);
        relation = required("payer.relation", relation, 20);
    }

    /** The statement this payer signs for a payment of the buyer's. */
    public ThirdPartyPayerStatement statement(String buyerName, java.math.BigDecimal amount) {
        return new ThirdPartyPayerStatement(buyerName, name, idNumber, relation, amount);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required when someone pays for the buyer (DEAL-6)");
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, "has more than " + max + " characters");
        }
        return value.strip();
    }
}
